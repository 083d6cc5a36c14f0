import { useState, type FormEvent } from 'react'
import { useOneAtATime } from '../useOneAtATime'
import type { MatterView } from '../../shared/domain/api'
import { JURISDICTIONS, type Jurisdiction } from '../../shared/claims/types'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { Link, navigate } from '../router'
import { useApi } from '../useApi'
import { ErrorNote } from './ErrorNote'
import { RequiredMark } from './RequiredMark'
import { useSession } from '../session'
import { canInWorkspace } from '../../shared/domain/policy'
import { titleOverrun } from '../../shared/rules/titleLength'
import { InboxList } from '../review/InboxList'
import { usePageTitle } from '../usePageTitle'

export function MattersPage() {
  const { t } = useI18n()
  const { me } = useSession()
  const [showArchived, setShowArchived] = useState(false)
  const { data, error } = useApi<{ matters: MatterView[] }>(showArchived ? '/api/matters?archived=1' : '/api/matters')
  const [title, setTitle] = useState('')
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('CN')
  const [createError, setCreateError] = useState<unknown>(null)
  usePageTitle(t('matters.title'))

  // Said as it is typed: the claim set's title starts as this one.
  const overrun = titleOverrun(jurisdiction, title)
  // A double click would make two matters.
  const { busy, run } = useOneAtATime()
  const create = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      try {
        const matter = await api<MatterView>('/api/matters', { method: 'POST', body: { title, jurisdiction } })
        navigate(`/matters/${matter.id}`)
      } catch (e) {
        setCreateError(e)
      }
    })
  }

  return (
    <section className="page" aria-labelledby="matters-title">
      <h1 id="matters-title">{t('matters.title')}</h1>
      {me && me.workspaces.length > 0 && <InboxList />}
      <label className="inline-check">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> {t('matters.showArchived')}
      </label>
      {error && <ErrorNote error={error} />}
      {!data && !error && (
        // Not an empty list while the matters load: that would read as "no matters".
        <div className="skeleton-block" aria-busy="true" data-testid="matters-loading">
          <span className="sr-only" role="status">
            {t('matters.loading')}
          </span>
        </div>
      )}
      {data && data.matters.length === 0 && (
        // Someone removed from every workspace would otherwise see an empty list and not know why.
        <p className="muted" data-testid="matters-empty">
          {me?.workspaces.length === 0 ? t('matters.noWorkspace') : t('matters.empty')}
        </p>
      )}
      {data && data.matters.length > 0 && (
        <ul className="list">
          {data.matters.map((m) => (
            <li key={m.id}>
              <Link to={`/matters/${m.id}`} translate="no">
                {m.title}
              </Link>
              <span className="badge">{t(`jurisdiction.${m.jurisdiction}`)}</span>
              <span className="badge">{t(`matterState.${m.state}`)}</span>
              {m.replyDeadline && (
                <span className="badge warning" data-testid="reply-due">
                  {t('matters.replyDue', { date: m.replyDeadline })}
                </span>
              )}
              {m.archivedAt && <span className="badge">{t('record.archived')}</span>}
            </li>
          ))}
        </ul>
      )}
      {me?.workspaces.some((w) => canInWorkspace(w.role, 'matter.create')) && (
        <form className="stacked-form" onSubmit={create} aria-labelledby="new-matter-title">
          <h2 id="new-matter-title">{t('matters.new')}</h2>
          <label>
            <span>
              {t('matters.newTitle')} <RequiredMark />
            </span>
            <input
              name="title"
              placeholder={t('matters.newTitle')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={500}
              required
              aria-describedby={overrun ? 'new-matter-title-length' : undefined}
            />
          </label>
          {overrun && (
            <p id="new-matter-title-length" className="muted small" data-testid="title-too-long">
              {t('matters.titleTooLong', { count: overrun.count, limit: overrun.limit })}
            </p>
          )}
          <label>
            <span>{t('matters.jurisdiction')}</span>
            <select name="jurisdiction" value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value as Jurisdiction)}>
              {JURISDICTIONS.map((j) => (
                <option key={j} value={j}>
                  {t(`jurisdiction.${j}.long`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            {t('matters.create')}
          </button>
          {createError !== null && <ErrorNote error={createError} />}
        </form>
      )}
    </section>
  )
}
