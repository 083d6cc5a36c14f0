import { useState } from 'react'
import type { MatterDetail } from '../../shared/domain/api'
import { isFinalState } from '../../shared/domain/policy'
import { MATTER_GRADES, type MatterGrade, type MatterState } from '../../shared/domain/workflow'
import { api, ApiRequestError } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { Link } from '../router'
import { useOneAtATime } from '../useOneAtATime'

/**
 * The matter's state and the steps the caller may take from it (a grant takes a grade). A step into
 * a state nothing leads out of (rejected, withdrawn, lapsed) looks different and is confirmed.
 */
export function MatterWorkflow({ matter, onChanged }: { matter: MatterDetail; onChanged(): void }) {
  const { t } = useI18n()
  // Chosen by the lead, never assumed: a grade decides how the patent is maintained.
  const [grade, setGrade] = useState<MatterGrade | ''>('')
  const [failure, setFailure] = useState<unknown>(null)
  const { busy, run } = useOneAtATime()
  const move = (to: MatterState) =>
    run(async () => {
      // No step leads out of a final state: the move is asked for twice.
      if (isFinalState(to) && !window.confirm(t('workflow.confirmFinal', { state: t(`matterState.${to}`) }))) return
      try {
        setFailure(null)
        await api(`/api/matters/${encodeURIComponent(matter.id)}/transitions`, { method: 'POST', body: to === 'granted' ? { to, grade } : { to } })
        onChanged()
      } catch (error) {
        setFailure(error)
      }
    })
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t('workflow.title')}</h2>
      <p>
        <span className="badge" data-testid="matter-state">{t(`matterState.${matter.state}`)}</span>
        {matter.grade && <span className="badge">{t(`grade.${matter.grade}`)}</span>}
      </p>
      {matter.nextStates.includes('granted') && (
        <label>
          <span>{t('workflow.grade')}</span>
          <select value={grade} onChange={(e) => setGrade(e.target.value as MatterGrade | '')} data-testid="grade">
            <option value="">{t('workflow.chooseGrade')}</option>
            {MATTER_GRADES.map((g) => (
              <option key={g} value={g}>
                {t(`grade.${g}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="review-actions">
        {matter.nextStates.map((to) => (
          <button key={to} type="button" className={isFinalState(to) ? 'final-step' : undefined} onClick={() => void move(to)} disabled={busy || (to === 'granted' && grade === '')} data-testid={`move-${to}`}>
            {/* Back to filed from an office action is the reply going in: its amended claims are kept then. */}
            {matter.state === 'office-action' && to === 'filed' ? t('workflow.replyFiled') : t('workflow.moveTo', { state: t(`matterState.${to}`) })}
          </button>
        ))}
      </div>
      {failure !== null && <ErrorNote error={failure} />}
      {awaitingApproval(failure).length > 0 && (
        <ul className="awaiting-approval" data-testid="awaiting-approval">
          {awaitingApproval(failure).map((document) => (
            <li key={document.id}>
              <Link to={`/documents/${encodeURIComponent(document.id)}#approval`} translate="no">
                {document.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The documents a refused step names as needing a lead's approval: each is a link to its Approval panel. */
function awaitingApproval(failure: unknown): { id: string; title: string }[] {
  if (!(failure instanceof ApiRequestError) || (failure.code !== 'approval_missing' && failure.code !== 'approval_stale')) return []
  const documents = Array.isArray(failure.details.documents) ? (failure.details.documents as { id?: unknown; title?: unknown }[]) : []
  return documents.flatMap((d) => (typeof d.id === 'string' && typeof d.title === 'string' ? [{ id: d.id, title: d.title }] : []))
}
