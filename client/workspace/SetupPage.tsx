import { useState, type FormEvent } from 'react'
import { MIN_PASSWORD_LENGTH, type SetupResponse, type SetupStatus } from '../../shared/domain/api'
import { useApi } from '../useApi'
import { api } from '../api'
import { ExplainedProblem } from '../i18n/describeProblem'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { RequiredMark } from '../pages/RequiredMark'
import { Link, navigate } from '../router'
import { useSession } from '../session'
import { useOneAtATime } from '../useOneAtATime'
import { usePageTitle } from '../usePageTitle'

/**
 * The first run of a server started without the demo: whoever holds the setup code from the
 * server's log names the workspace and becomes its first admin, then adds colleagues on Members.
 */
export function SetupPage() {
  const { t, rich } = useI18n()
  usePageTitle(t('setup.title'))
  const { signInBy } = useSession()
  const { busy, run } = useOneAtATime()
  const [form, setForm] = useState({ code: '', workspaceName: '', name: '', email: '', password: '', repeatPassword: '' })
  const [failure, setFailure] = useState<unknown>(null)
  // Set up already (by someone else, or in another tab): there is nothing to fill in.
  const { data: status } = useApi<SetupStatus>('/api/setup')
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      setFailure(null)
      if (form.password !== form.repeatPassword) return setFailure(new ExplainedProblem(t('setup.passwordsDiffer')))
      const { repeatPassword: _, ...body } = form
      try {
        const created = await signInBy(() => api<SetupResponse>('/api/setup', { method: 'POST', body }))
        navigate(`/workspaces/${encodeURIComponent(created.workspace.id)}/members`)
      } catch (e) {
        setFailure(e)
      }
    })
  }

  if (status && !status.setupNeeded) {
    return (
      <section className="card login setup" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p data-testid="setup-done">{t('setup.alreadyDone')}</p>
        <Link to="/login">{t('login.submit')}</Link>
      </section>
    )
  }
  return (
    <form className="card login setup" onSubmit={submit} aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p className="muted">{t('setup.intro')}</p>
      <label>
        <span>
          {t('setup.code')} <RequiredMark />
        </span>
        <input name="code" required autoComplete="off" spellCheck={false} translate="no" aria-describedby="setup-code-hint" {...field('code')} />
        <span className="muted small" id="setup-code-hint">
          {rich('setup.codeHint', { line: <code translate="no">… with the setup code ABCD-EFGH-JKLM</code> })}
        </span>
      </label>
      <label>
        <span>
          {t('setup.workspaceName')} <RequiredMark />
        </span>
        <input name="workspaceName" required maxLength={200} placeholder={t('setup.workspaceNameHint')} {...field('workspaceName')} />
      </label>
      <label>
        <span>
          {t('setup.name')} <RequiredMark />
        </span>
        <input name="name" required maxLength={200} autoComplete="name" {...field('name')} />
      </label>
      <label>
        <span>
          {t('setup.email')} <RequiredMark />
        </span>
        <input name="email" type="email" required autoComplete="username" {...field('email')} />
      </label>
      <label>
        <span>
          {t('setup.password', { count: MIN_PASSWORD_LENGTH })} <RequiredMark />
        </span>
        <input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" {...field('password')} />
      </label>
      <label>
        <span>
          {t('setup.repeatPassword')} <RequiredMark />
        </span>
        <input name="repeatPassword" type="password" required autoComplete="new-password" {...field('repeatPassword')} />
      </label>
      {failure !== null && <ErrorNote error={failure} />}
      <button type="submit" disabled={busy}>
        {t('setup.submit')}
      </button>
      <p className="small">
        <Link to="/login">{t('setup.done')}</Link>
      </p>
    </form>
  )
}
