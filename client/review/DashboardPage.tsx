import { useState } from 'react'
import { MATTER_STATES, type MatterState } from '../../shared/domain/workflow'
import type { DashboardResponse, DashboardRow } from '../../shared/review/reviewApi'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { PageSkeleton } from '../pages/Skeleton'
import { Link } from '../router'
import { useApi } from '../useApi'
import './review.css'
import { usePageTitle } from '../usePageTitle'
import { reviewAwaited } from '../../shared/review/reviewAwaited'

const SORTS = ['deadline', 'score', 'errors', 'title', 'state'] as const

/**
 * The portfolio for leads: every matter with its state, grade, deadline, open errors, lowest score,
 * each document's score and approval (valid or stale), and who acts next.
 */
export function DashboardPage() {
  const { t } = useI18n()
  const [state, setState] = useState<MatterState | ''>('')
  const [sort, setSort] = useState<(typeof SORTS)[number]>('deadline')
  const { data, error } = useApi<DashboardResponse>(`/api/dashboard?sort=${sort}${state ? `&state=${state}` : ''}`)
  usePageTitle(t('dashboard.title'))
  if (error) return <ErrorNote error={error} />
  if (!data) return <PageSkeleton />
  return (
    <section className="page wide" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <div className="dashboard-filters">
        <label>
          <span>{t('dashboard.filterState')}</span>{' '}
          <select value={state} onChange={(e) => setState(e.target.value as MatterState | '')}>
            <option value="">{t('dashboard.allStates')}</option>
            {MATTER_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`matterState.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('dashboard.sort')}</span>{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as (typeof SORTS)[number])}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`dashboard.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.matters.length === 0 ? (
        <p className="muted" data-testid="dashboard-empty">
          {state ? t('dashboard.noneInState', { state: t(`matterState.${state}`) }) : t('matters.empty')}
        </p>
      ) : (
        <div className="dashboard-scroll">
          <table className="dashboard-table" data-testid="dashboard">
            <thead>
              <tr>
                <th>{t('dashboard.matter')}</th>
                <th>{t('dashboard.state')}</th>
                <th>{t('dashboard.grade')}</th>
                <th>{t('dashboard.deadline')}</th>
                <th>{t('dashboard.errors')}</th>
                <th>{t('dashboard.score')}</th>
                <th>{t('dashboard.documents')}</th>
                <th>{t('dashboard.ball')}</th>
              </tr>
            </thead>
            <tbody>
              {data.matters.map((m) => (
                <MatterRow key={m.id} matter={m} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** One matter's row. A filed or closed matter stays listed, quieter: its findings and scores no longer ask anything of anyone. */
function MatterRow({ matter: m }: { matter: DashboardRow }) {
  const { t } = useI18n()
  const settled = !reviewAwaited(m.state, 'claims')
  const short = (score: number) => !settled && score < m.passLine
  return (
    <tr className={settled ? 'settled' : undefined}>
      <td data-label={t('dashboard.matter')}>
        <Link to={`/matters/${m.id}`} translate="no">
          {m.title}
        </Link>{' '}
        <span className="badge">{t(`jurisdiction.${m.jurisdiction}`)}</span>
        {m.applicationNumber && (
          <span className="small muted application-number" translate="no">
            {m.applicationNumber}
          </span>
        )}
      </td>
      <td data-label={t('dashboard.state')}>{t(`matterState.${m.state}`)}</td>
      <td data-label={t('dashboard.grade')}>{m.grade ? t(`grade.${m.grade}`) : '—'}</td>
      <td data-label={t('dashboard.deadline')}>{m.nextDeadline ?? '—'}</td>
      <td data-label={t('dashboard.errors')}>{m.openErrorFindings}</td>
      <td data-label={t('dashboard.score')} className={m.checklistScore !== null && short(m.checklistScore) ? 'error' : undefined}>
        {m.checklistScore === null ? '—' : t('dashboard.scoreAgainstPassLine', { score: m.checklistScore, passLine: m.passLine })}
      </td>
      <td data-label={t('dashboard.documents')}>
        <ul className="dashboard-documents" data-testid="dashboard-documents">
          {m.documents.map((document) => (
            <li key={document.id} data-approval={document.approval ?? 'none'}>
              <Link to={`/documents/${document.id}`} translate="no">
                {document.title}
              </Link>{' '}
              {document.score === null ? (
                <span className="small error" data-testid="document-unreadable">
                  {t('dashboard.unreadable')}
                </span>
              ) : (
                <span className={`small${short(document.score) ? ' error' : ' muted'}`} title={t('dashboard.sort.score')}>
                  {document.score}
                </span>
              )}
              {document.approval && (
                <span className={`badge approval-${document.approval}`}>{t(`dashboard.approval.${document.approval}`)}</span>
              )}
              {document.approval === 'valid' && document.approvalForced && (
                <span className="badge approval-forced" data-testid="approval-forced">
                  {t('dashboard.approval.forced')}
                </span>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td data-label={t('dashboard.ball')}>
        {m.ballHolder === null ? '—' : m.ballHolder === 'office' ? t('dashboard.office') : t(`role.${m.ballHolder}`)}
        {m.ballHolder !== null && m.ballHolder !== 'office' && (
          // Who that is, by name; a role nobody on the team holds means nobody can act.
          <span className={`small ball-people${m.ballHolderPeople.length === 0 ? ' warning' : ' muted'}`} data-testid="ball-people" translate={m.ballHolderPeople.length > 0 ? 'no' : undefined}>
            {m.ballHolderPeople.length > 0 ? m.ballHolderPeople.map((p) => p.name).join(t('archive.teamSeparator')) : t('dashboard.nobodyInRole')}
          </span>
        )}
      </td>
    </tr>
  )
}
