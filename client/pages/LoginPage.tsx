import { useState, type FormEvent } from 'react'
import { ApiRequestError } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { navigate } from '../router'
import { useSession } from '../session'

export function LoginPage() {
  const { t } = useI18n()
  const { signIn } = useSession()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await signIn(email, password)
      const next = new URLSearchParams(location.search).get('next')
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/')
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 429) setError(t('login.rateLimited'))
      else if (e instanceof ApiRequestError && e.status === 401) setError(t('login.failed'))
      else setError(t('error.generic', { message: e instanceof Error ? e.message : String(e) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card login" onSubmit={(e) => void submit(e)}>
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <label>
        {t('login.email')}
        <input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        {t('login.password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
      <p className="muted small">{t('login.demoHint')}</p>
    </form>
  )
}
