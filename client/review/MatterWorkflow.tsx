import { Fragment, useId, useRef, useState } from 'react'
import { APPLICATION_FACT_LENGTHS, type MatterDetail, type TransitionRequest } from '../../shared/domain/api'
import { isFinalState } from '../../shared/domain/policy'
import { isEndState, MATTER_GRADES, MATTER_STATES, type EndState, type MatterGrade, type MatterState } from '../../shared/domain/workflow'
import { api, ApiRequestError } from '../api'
import { useI18n, type Translate } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { ExplainedProblem } from '../i18n/describeProblem'
import { Link } from '../router'
import { useOneAtATime } from '../useOneAtATime'
import { EndStepForm } from './EndStepForm'

/**
 * The matter's state and the steps the caller may take from it, each asked with the facts the
 * process archive keeps of it: filing the application its number and filing date (optional,
 * prefilled when recorded), a grant its grade (required) and publication number and date, an end
 * its reason and a note (EndStepForm). Steps on come first and in the primary style; a return to
 * an earlier state and a step into a state nothing leads out of (rejected, withdrawn, lapsed) look
 * apart, the one confirmed and the other asked for in its form, since the process archive keeps
 * every step for good.
 */
export function MatterWorkflow({ matter, onChanged }: { matter: MatterDetail; onChanged(): void }) {
  const { t } = useI18n()
  // Chosen by the lead, never assumed: a grade decides how the patent is maintained.
  const [grade, setGrade] = useState<MatterGrade | ''>('')
  const [grantNumber, setGrantNumber] = useState(matter.grantNumber ?? '')
  const [grantDate, setGrantDate] = useState(matter.grantDate ?? '')
  const [applicationNumber, setApplicationNumber] = useState(matter.applicationNumber ?? '')
  const [filingDate, setFilingDate] = useState(matter.filingDate ?? '')
  // The end the caller chose, asked for with its reason before it is taken.
  const [ending, setEnding] = useState<EndState | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const gradeHint = useId()
  const { busy, run } = useOneAtATime()
  const heading = useRef<HTMLHeadingElement>(null)
  const steps = [...matter.nextStates].sort((a, b) => STEP_ORDER.indexOf(stepKind(matter.state, a)) - STEP_ORDER.indexOf(stepKind(matter.state, b)))
  const filing = matter.state === 'approved' && matter.nextStates.includes('filed')
  // The facts a step is taken with; one left empty is left out, and stays as recorded.
  const factsOf = (to: MatterState): Partial<TransitionRequest> => {
    if (to === 'granted') return { grade: grade || undefined, ...filled({ grantNumber, grantDate }) }
    return to === 'filed' && filing ? filled({ applicationNumber, filingDate }) : {}
  }
  const move = (to: MatterState, facts: Partial<TransitionRequest> = factsOf(to)) =>
    run(async () => {
      if (stepKind(matter.state, to) === 'return' && !window.confirm(t('workflow.confirmReturn', { state: t(`matterState.${to}`) }))) return
      try {
        setFailure(null)
        const body: TransitionRequest = { to, from: matter.state, ...facts }
        await api(`/api/matters/${encodeURIComponent(matter.id)}/transitions`, { method: 'POST', body })
        setEnding(null)
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
      {filing && (
        <div className="inline-form" data-testid="filing-facts">
          <FactField label={t('workflow.optional', { label: t('application.number') })} value={applicationNumber} onChange={setApplicationNumber} name="applicationNumber" maxLength={APPLICATION_FACT_LENGTHS.applicationNumber} />
          <FactField label={t('workflow.optional', { label: t('application.filingDate') })} value={filingDate} onChange={setFilingDate} name="filingDate" type="date" />
          <span className="muted small">{t('workflow.filingFacts')}</span>
        </div>
      )}
      {matter.nextStates.includes('granted') && (
        <div className="inline-form">
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
          <FactField label={t('workflow.optional', { label: t('application.grantNumber') })} value={grantNumber} onChange={setGrantNumber} name="grantNumber" maxLength={APPLICATION_FACT_LENGTHS.grantNumber} />
          <FactField label={t('workflow.optional', { label: t('application.grantDate') })} value={grantDate} onChange={setGrantDate} name="grantDate" type="date" />
        </div>
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
                onClick={() => (isEndState(to) ? setEnding(to) : void move(to))}
                disabled={busy || needsGrade}
                aria-expanded={isEndState(to) ? ending === to : undefined}
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
      {ending && matter.nextStates.includes(ending) && (
        <EndStepForm
          key={ending}
          state={ending}
          busy={busy}
          onSubmit={(facts) => void move(ending, facts)}
          onCancel={() => {
            setEnding(null)
            heading.current?.focus()
          }}
        />
      )}
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

/** A fact a step is taken with, as the application data names it. */
function FactField({ label, value, onChange, name, type = 'text', maxLength }: { label: string; value: string; onChange(value: string): void; name: string; type?: 'text' | 'date'; maxLength?: number }) {
  return (
    <label>
      <span>{label}</span>
      <input name={name} type={type} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} translate="no" data-testid={`step-${name}`} />
    </label>
  )
}

/** The facts filled in, trimmed; those left empty are not sent. */
const filled = (facts: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(facts).map(([name, value]) => [name, value.trim()]).filter(([, value]) => value !== ''))

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
