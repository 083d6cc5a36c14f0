import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { config as zodConfig } from 'zod/v4/core'
import { App } from './App'
import { I18nProvider } from './i18n/I18nProvider'
import { registerServiceWorker } from './offline/offlineApp'
import { SessionProvider } from './session'
import './styles.css'

// The Content-Security-Policy allows no eval; zod would probe `new Function` and the browser report the blocked probe.
zodConfig({ jitless: true })
registerServiceWorker()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
)
