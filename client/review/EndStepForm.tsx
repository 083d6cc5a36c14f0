import { useId, useState, type FormEvent } from 'react'
import type { TransitionRequest } from '../../shared/domain/api'
import { END_NOTE_MAX_LENGTH, END_REASONS, type EndReason, type EndState } from '../../shared/domain/workflow'
import { useI18n } from '../i18n/I18nProvider'

/**
 * The step into a state nothing leads out of (rejected, withdrawn, lapsed), asked for with what the
 * process archive keeps of it: the reason (required here, as a lead's yearly report counts ends by
 * reason), for a rejection the decision's date, and a note.
 */
export function EndStepForm({
  state,
  busy,
  onSubmit,
  onCancel,
}: {
  state: EndState
  busy: boolean
  onSubmit(facts: Pick<TransitionRequest, 'reason' | 'note' | 'decisionDate'>): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const [reason, setReason] = useState<EndReason | ''>('')
  const [decisionDate, setDecisionDate] = useState('')
  const [note, setNote] = useState('')
  const reasonHint = useId()
  const stateName = t(`matterState.${state}`)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason === '') return
    onSubmit({ reason, ...(note.trim() && { note: note.trim() }), ...(state === 'rejected' && decisionDate && { decisionDate }) })
  }
  return (
    <form className="stacked-form end-step" onSubmit={submit} data-testid="end-step">
      <p>{t('workflow.confirmFinal', { state: stateName })}</p>
      <label>
        <span>{t('workflow.reason')}</span>
        {/* The form opens on a click of the step: its first question takes the keyboard. */}
        <select value={reason} onChange={(e) => setReason(e.target.value as EndReason | '')} required autoFocus data-testid="end-reason">
          <option value="">{t('workflow.chooseReason')}</option>
          {END_REASONS[state].map((code) => (
            <option key={code} value={code}>
              {t(`endReason.${code}`)}
            </option>
          ))}
        </select>
      </label>
      {state === 'rejected' && (
        <label>
          <span>{t('workflow.optional', { label: t('workflow.decisionDate') })}</span>
          <input type="date" value={decisionDate} onChange={(e) => setDecisionDate(e.target.value)} data-testid="end-decision-date" />
        </label>
      )}
      <label>
        <span>{t('workflow.optional', { label: t('workflow.note') })}</span>
        <textarea value={note} maxLength={END_NOTE_MAX_LENGTH} rows={2} onChange={(e) => setNote(e.target.value)} data-testid="end-note" />
      </label>
      <p className="review-actions">
        <button type="submit" className="final-step" disabled={busy || reason === ''} aria-describedby={reason === '' ? reasonHint : undefined} data-testid="confirm-end">
          {t('workflow.moveTo', { state: stateName })}
        </button>
        <button type="button" className="return-step" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
        {reason === '' && (
          <span id={reasonHint} className="muted small">
            {t('workflow.reasonFirst')}
          </span>
        )}
      </p>
    </form>
  )
}
