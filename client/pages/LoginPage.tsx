import { useState, type FormEvent } from 'react'
import { describeProblem } from '../i18n/describeProblem'
import { useI18n } from '../i18n/I18nProvider'
import { Link, navigate } from '../router'
import { useApi } from '../useApi'
import type { SetupStatus } from '../../shared/domain/api'
import { RequiredMark } from './RequiredMark'
import { useSession } from '../session'
import { usePageTitle } from '../usePageTitle'

export function LoginPage() {
  const { t, rich } = useI18n()
  usePageTitle(t('login.title'))
  const { signIn } = useSession()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  // A server without accounts is set up first; the demo accounts are named only where they exist.
  const { data: setup } = useApi<SetupStatus>('/api/setup')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await signIn(email, password)
      const next = new URLSearchParams(location.search).get('next')
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/')
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card login" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      {setup?.setupNeeded && (
        <p className="notice" role="note" data-testid="setup-needed">
          {t('setup.needed')} <Link to="/setup">{t('setup.start')}</Link>
        </p>
      )}
      <label>
        <span>
          {t('login.email')} <RequiredMark />
        </span>
        <input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        <span>
          {t('login.password')} <RequiredMark />
        </span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error !== null && (
        <p className="error" role="alert">
          {describeProblem(error, t)}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
      {setup?.demoAccounts && (
        <p className="muted small" data-testid="demo-accounts">
          {rich('label.value', { label: t('login.demoAccounts'), value: <code translate="no">lead@ agent@ inventor@ reviewer@ admin@demo.test</code> })} ·{' '}
          {rich('label.value', { label: t('login.demoPassword'), value: <code translate="no">demo-password</code> })}
        </p>
      )}
    </form>
  )
}
