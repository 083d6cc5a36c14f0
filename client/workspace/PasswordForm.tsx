import { useState, type FormEvent } from 'react'
import { MIN_PASSWORD_LENGTH } from '../../shared/domain/api'
import { api, ApiRequestError } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ExplainedProblem } from '../i18n/describeProblem'
import { ErrorNote } from '../pages/ErrorNote'
import { useSession } from '../session'
import { useOneAtATime } from '../useOneAtATime'

/** One's own password: the current one, then a new one. */
export function PasswordForm() {
  const { t } = useI18n()
  const { refresh } = useSession()
  const { busy, run } = useOneAtATime()
  const [passwords, setPasswords] = useState({ currentPassword: '', newPassword: '' })
  const [result, setResult] = useState<'changed' | unknown>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      setResult(null)
      try {
        await api('/api/auth/password', { method: 'POST', body: passwords })
        setPasswords({ currentPassword: '', newPassword: '' })
        setResult('changed')
        // The note asking to replace a handed-over password goes.
        void refresh()
      } catch (e) {
        setResult(e instanceof ApiRequestError && e.status === 403 ? new ExplainedProblem(t('members.wrongPassword')) : e)
      }
    })
  }
  return (
    <form className="member-form" onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t('members.password')}</h2>
      <label>
        {t('members.currentPassword')}
        <input
          type="password"
          required
          autoComplete="current-password"
          value={passwords.currentPassword}
          onChange={(e) => setPasswords({ ...passwords, currentPassword: e.target.value })}
        />
      </label>
      <label>
        {t('members.newPassword', { count: MIN_PASSWORD_LENGTH })}
        <input
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          value={passwords.newPassword}
          onChange={(e) => setPasswords({ ...passwords, newPassword: e.target.value })}
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('members.save')}
      </button>
      {result === 'changed' ? (
        <p role="status" data-testid="password-changed">
          {t('members.passwordChanged')}
        </p>
      ) : (
        result !== null && <ErrorNote error={result} />
      )}
    </form>
  )
}
