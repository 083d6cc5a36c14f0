import { lazy, Suspense, useEffect } from 'react'
import { useI18n } from './i18n/I18nProvider'
import { LOCALES } from './i18n/messages'
import { Link, navigate, useRoute } from './router'
import { useSession } from './session'
import { LoginPage } from './pages/LoginPage'
import { MattersPage } from './pages/MattersPage'
import { MatterPage } from './pages/MatterPage'

// The editor (Tiptap, Yjs, the checker) loads only when a document is opened.
const DocumentPage = lazy(() => import('./pages/DocumentPage').then((module) => ({ default: module.DocumentPage })))

export function App() {
  const route = useRoute()
  const { me, loading, signOut } = useSession()
  const { t, locale, setLocale } = useI18n()

  useEffect(() => {
    if (!loading && !me && route.page !== 'login') navigate(`/login?next=${encodeURIComponent(location.pathname)}`)
  }, [loading, me, route.page])

  if (loading) return null
  return (
    <div className="app">
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        {me && <Link to="/">{t('nav.matters')}</Link>}
        <span className="spacer" />
        <label className="language">
          <span className="sr-only">{t('nav.language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)} aria-label={t('nav.language')}>
            {LOCALES.map((l) => (
              <option key={l.locale} value={l.locale}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        {me && (
          <>
            <span className="who">{me.user.name}</span>
            <button type="button" className="link" onClick={() => void signOut().then(() => navigate('/login'))}>
              {t('nav.signOut')}
            </button>
          </>
        )}
      </header>
      <main>
        {route.page === 'login' || !me ? (
          <LoginPage />
        ) : route.page === 'matter' ? (
          <MatterPage matterId={route.matterId} />
        ) : route.page === 'document' ? (
          <Suspense fallback={<p className="muted">{t('document.loading')}</p>}>
            <DocumentPage documentId={route.documentId} />
          </Suspense>
        ) : (
          <MattersPage />
        )}
      </main>
    </div>
  )
}
