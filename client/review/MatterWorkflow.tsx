import { Fragment, useId, useRef, useState } from 'react'
import type { MatterDetail } from '../../shared/domain/api'
import { isFinalState } from '../../shared/domain/policy'
import { MATTER_GRADES, MATTER_STATES, type MatterGrade, type MatterState } from '../../shared/domain/workflow'
import { api, ApiRequestError } from '../api'
import { useI18n, type Translate } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { ExplainedProblem } from '../i18n/describeProblem'
import { Link } from '../router'
import { useOneAtATime } from '../useOneAtATime'

/**
 * The matter's state and the steps the caller may take from it (a grant takes a grade). Steps on
 * come first and in the primary style; a return to an earlier state and a step into a state
 * nothing leads out of (rejected, withdrawn, lapsed) look apart and are confirmed, since the
 * process archive keeps every step for good.
 */
export function MatterWorkflow({ matter, onChanged }: { matter: MatterDetail; onChanged(): void }) {
  const { t } = useI18n()
  // Chosen by the lead, never assumed: a grade decides how the patent is maintained.
  const [grade, setGrade] = useState<MatterGrade | ''>('')
  const [failure, setFailure] = useState<unknown>(null)
  const gradeHint = useId()
  const { busy, run } = useOneAtATime()
  const heading = useRef<HTMLHeadingElement>(null)
  const steps = [...matter.nextStates].sort((a, b) => STEP_ORDER.indexOf(stepKind(matter.state, a)) - STEP_ORDER.indexOf(stepKind(matter.state, b)))
  const move = (to: MatterState) =>
    run(async () => {
      const kind = stepKind(matter.state, to)
      const question = kind === 'final' ? 'workflow.confirmFinal' : kind === 'return' ? 'workflow.confirmReturn' : null
      if (question && !window.confirm(t(question, { state: t(`matterState.${to}`) }))) return
      try {
        setFailure(null)
        const body = { to, from: matter.state, ...(to === 'granted' && { grade }) }
        await api(`/api/matters/${encodeURIComponent(matter.id)}/transitions`, { method: 'POST', body })
        onChanged()
        // The button taken is gone with the state it led from: the keyboard goes on from the section.
        heading.current?.focus()
      } catch (error) {
        // Someone else moved the matter meanwhile: the page shows where it stands now, and says why.
        if (error instanceof ApiRequestError && error.code === 'conflict') {
          setFailure(new ExplainedProblem(t('workflow.movedMeanwhile')))
          onChanged()
        } else setFailure(error)
      }
    })
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title" ref={heading} tabIndex={-1}>
        {t('workflow.title')}
      </h2>
      {/* The new state is announced where it is shown. */}
      <p role="status">
        <span className="badge" data-testid="matter-state">{t(`matterState.${matter.state}`)}</span>
        {matter.grade && <span className="badge">{t(`grade.${matter.grade}`)}</span>}
        {matter.replyDeadline && (
          <span className="badge warning" data-testid="reply-due">
            {t('matters.replyDue', { date: matter.replyDeadline })}
          </span>
        )}
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
        {steps.map((to) => {
          const kind = stepKind(matter.state, to)
          const needsGrade = to === 'granted' && grade === ''
          return (
            <Fragment key={to}>
              <button
                type="button"
                className={STEP_CLASS[kind]}
                onClick={() => void move(to)}
                disabled={busy || needsGrade}
                aria-describedby={needsGrade ? gradeHint : undefined}
                data-testid={`move-${to}`}
              >
                {stepLabel(t, matter.state, to, kind)}
              </button>
              {needsGrade && (
                <span id={gradeHint} className="muted small" data-testid="grade-hint">
                  {t('workflow.gradeFirst')}
                </span>
              )}
            </Fragment>
          )
        })}
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

/** How a step shows: on to a later state, back to an earlier one, or into a state nothing leads out of. */
type StepKind = 'forward' | 'return' | 'final'

const STEP_ORDER: readonly StepKind[] = ['forward', 'return', 'final']

const STEP_CLASS: Record<StepKind, string | undefined> = { forward: undefined, return: 'return-step', final: 'final-step' }

function stepKind(from: MatterState, to: MatterState): StepKind {
  if (isFinalState(to)) return 'final'
  // Filed again after an office action is the reply going in: the matter moves on.
  if (from === 'office-action' && to === 'filed') return 'forward'
  return MATTER_STATES.indexOf(to) < MATTER_STATES.indexOf(from) ? 'return' : 'forward'
}

function stepLabel(t: Translate, from: MatterState, to: MatterState, kind: StepKind): string {
  // Back to filed from an office action is the reply going in: its amended claims are kept then.
  if (from === 'office-action' && to === 'filed') return t('workflow.replyFiled')
  return t(kind === 'return' ? 'workflow.returnTo' : 'workflow.moveTo', { state: t(`matterState.${to}`) })
}

/** The documents a refused step names as needing a lead's approval: each is a link to its Approval panel. */
function awaitingApproval(failure: unknown): { id: string; title: string }[] {
  if (!(failure instanceof ApiRequestError) || (failure.code !== 'approval_missing' && failure.code !== 'approval_stale')) return []
  const documents = Array.isArray(failure.details.documents) ? (failure.details.documents as { id?: unknown; title?: unknown }[]) : []
  return documents.flatMap((d) => (typeof d.id === 'string' && typeof d.title === 'string' ? [{ id: d.id, title: d.title }] : []))
}
