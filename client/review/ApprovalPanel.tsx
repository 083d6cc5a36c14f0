import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { DocumentDetail } from '../../shared/domain/api'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { DocumentAction } from '../../shared/domain/policy'
import { versionHashOf } from '../../shared/editor/documentBody'
import type { ReviewState } from '../../shared/domain/workflow'
import { REVIEW_TRANSITIONS } from '../../shared/domain/workflow'
import type { ApprovalView, MembersResponse } from '../../shared/review/reviewApi'
import { api, ApiRequestError } from '../api'
import { ExplainedProblem } from '../i18n/describeProblem'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { onReviewChanged } from './reviewChannel'
import { useReviewResource } from './useReviewResource'
import { useOneAtATime } from '../useOneAtATime'
import { shortHash } from '../prosecution/versionLabel'
import { dateLocale } from '../i18n/dateLocale'
import { WaitingFor } from './WaitingFor'

interface Props {
  provider: WebsocketProvider
  doc: Y.Doc
  kind: DocumentKind
  documentId: string
  /** The matter's team, read once for the page: who reviews and approves. */
  team: MembersResponse | null
  permissions: readonly DocumentAction[]
  reviewState: ReviewState
  /** The request for changes that sent the document back, while it waits for them. */
  changesRequested: DocumentDetail['changesRequested']
  onReviewStateChanged(): void
}

/**
 * The document's review state and approvals. An approval holds one exact version: it shows stale
 * for everyone as soon as the text differs. A refused approval can be given with a written reason.
 */
export function ApprovalPanel({ provider, doc, kind, documentId, team, permissions, reviewState, changesRequested, onReviewStateChanged }: Props) {
  const { t, rich, locale } = useI18n()
  const base = `/api/documents/${encodeURIComponent(documentId)}`
  const { data, reload } = useReviewResource<{ approvals: ApprovalView[] }>(`${base}/approvals`, provider, ['approvals'], doc)
  /** Why the last approval was refused, in the reader's language, as the server listed it. */
  const [blocked, setBlocked] = useState<string[] | null>(null)
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<unknown>(null)
  const canApprove = permissions.includes('document.approve')
  const canEdit = permissions.includes('document.edit')
  const canSendBack = permissions.includes('checklist.fill') || canApprove
  const steps = REVIEW_TRANSITIONS.filter((s) => s.from === reviewState && (s.by === 'editor' ? canEdit : canSendBack))

  const { busy, run } = useOneAtATime()
  // The approve button is disabled while its request runs, and then gone or joined by the reason
  // field: the focus moves on to what answers, so a keyboard reader is not left on the page.
  const reasonField = useRef<HTMLTextAreaElement>(null)
  const approvalLine = useRef<HTMLParagraphElement>(null)
  const focusApproval = useRef(false)
  // A review step's button goes once the step is taken: the focus moves to the state it led to.
  const reviewStateLine = useRef<HTMLParagraphElement>(null)
  const focusReviewState = useRef(false)

  const approve = (override?: string) =>
    run(async () => {
      try {
        setFailure(null)
        // In the reader's language: the reasons a refusal lists.
        // Bound to the text this page shows, hashed here: an edit that this page had not shown
        // when Approve was pressed makes the server refuse (409) rather than approve it unseen.
        // Without WebCrypto (plain HTTP to another machine), the server's hash of the moment.
        const versionHash = (await versionHashOf(kind, doc)) ?? (await api<{ versionHash: string }>(`${base}/approvals`)).versionHash
        await api(`${base}/approvals?lang=${locale}`, { method: 'POST', body: override ? { versionHash, override: { reason: override } } : { versionHash } })
        setBlocked(null)
        setReason('')
        focusApproval.current = true
        reload()
        onReviewStateChanged()
      } catch (error) {
        if (error instanceof ApiRequestError && error.code === 'approval_blocked') {
          const reasons = error.details.reasons
          setBlocked(Array.isArray(reasons) ? reasons.map(String) : [error.message])
        } else if (error instanceof ApiRequestError && error.code === 'conflict') {
          setFailure(new ExplainedProblem(t('approval.textChanged')))
        } else setFailure(error)
      }
    })

  // Changes are asked for with what to change (kept in the archive); an approved text is only
  // sent back, or submitted again, once the reader confirms that it leaves its approval behind.
  const [askingChanges, setAskingChanges] = useState(false)
  const [changesNote, setChangesNote] = useState('')
  const move = (to: ReviewState, note?: string) => {
    if (reviewState === 'approved' && !window.confirm(t('reviewStep.leaveApproved', { step: t(`reviewStep.${to}`) }))) return
    return run(async () => {
      try {
        await api(`${base}/transitions`, { method: 'POST', body: note ? { to, note } : { to } })
        focusReviewState.current = true
        setAskingChanges(false)
        setChangesNote('')
        onReviewStateChanged()
      } catch (error) {
        setFailure(error)
      }
    })
  }

  // The reasons were those of the text as it was: once it changes they may no longer hold.
  useEffect(() => {
    const forget = () => setBlocked(null)
    doc.on('update', forget)
    return () => doc.off('update', forget)
  }, [doc])

  // Someone else's approval or review step changes the review state shown here; a checklist or a
  // triage decision changes what stood in the way of an approval, so the reasons listed no longer hold.
  useEffect(
    () =>
      onReviewChanged(provider, (topic) => {
        if (topic === 'approvals' || topic === 'review-state') onReviewStateChanged()
        if (topic === 'checklist' || topic === 'triage') setBlocked(null)
      }),
    [provider, onReviewStateChanged],
  )

  const latest = data?.approvals[data.approvals.length - 1]
  useEffect(() => {
    if (blocked) reasonField.current?.focus()
  }, [blocked])
  useEffect(() => {
    if (!focusApproval.current || latest?.state !== 'valid') return
    focusApproval.current = false
    approvalLine.current?.focus()
  }, [latest?.id, latest?.state])
  useEffect(() => {
    if (!focusReviewState.current) return
    focusReviewState.current = false
    reviewStateLine.current?.focus()
  }, [reviewState])
  // "Approved" no longer says what holds once the approved text has changed.
  const approvalStale = reviewState === 'approved' && latest?.state === 'stale'
  return (
    <div className="approval-panel" data-testid="approval-panel">
      <p ref={reviewStateLine} tabIndex={-1}>
        {rich('label.value', {
          label: t('approval.reviewState'),
          value: (
            <span className={approvalStale ? 'badge warning' : 'badge'} data-testid="review-state" data-stale={approvalStale}>
              {approvalStale ? t('reviewState.approvedStale') : t(`reviewState.${reviewState}`)}
            </span>
          ),
        })}
      </p>
      {reviewState === 'in-review' && team && <WaitingFor team={team} />}
      {changesRequested && (
        <div className="changes-requested" data-testid="changes-requested">
          <p className="small">
            {t('reviewStep.requestedBy', {
              name: changesRequested.by.name,
              time: new Date(changesRequested.at).toLocaleString(dateLocale(locale), { dateStyle: 'short', timeStyle: 'short' }),
            })}
          </p>
          {changesRequested.note && <blockquote translate="no">{changesRequested.note}</blockquote>}
        </div>
      )}
      {steps.map((step) =>
        step.to === 'changes-requested' && askingChanges ? (
          <form
            key={step.to}
            className="changes-request"
            onSubmit={(event) => {
              event.preventDefault()
              void move(step.to, changesNote)
            }}
          >
            <label>
              {t('reviewStep.changesNote')}
              <textarea value={changesNote} onChange={(e) => setChangesNote(e.target.value)} maxLength={2000} autoFocus data-testid="changes-note" />
            </label>
            <button type="submit" disabled={busy}>
              {t('reviewStep.changes-requested')}
            </button>{' '}
            <button type="button" className="link" onClick={() => setAskingChanges(false)}>
              {t('reviewStep.cancel')}
            </button>
          </form>
        ) : (
          <button
            key={step.to}
            type="button"
            className={step.to === 'changes-requested' || reviewState === 'approved' ? 'return-step' : undefined}
            onClick={() => (step.to === 'changes-requested' ? setAskingChanges(true) : void move(step.to))}
            disabled={busy}
          >
            {t(`reviewStep.${step.to}`)}
          </button>
        ),
      )}
      {latest && (
        <p data-testid="approval-state" data-state={latest.state} className={`approval-state ${latest.state}`} ref={approvalLine} tabIndex={-1}>
          {latest.state === 'valid' ? t('approval.valid', { name: latest.approvedBy.name }) : t('approval.stale', { name: latest.approvedBy.name })}
        </p>
      )}
      {failure !== null && <ErrorNote error={failure} />}
      {/* The text as it is already holds an approval: a second one would approve nothing new. */}
      {canApprove && latest?.state !== 'valid' && (
        <button type="button" onClick={() => void approve()} disabled={busy} data-testid="approve">
          {t('approval.approve')}
        </button>
      )}
      {blocked && (
        <div className="approval-blocked" role="alert">
          <p>{t('approval.blocked')}</p>
          <ul className="muted small" data-testid="approval-blocked-reasons">
            {blocked.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
          <textarea ref={reasonField} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('approval.overrideReason')} aria-label={t('approval.overrideReason')} />
          <button type="button" disabled={busy || !reason.trim()} onClick={() => void approve(reason)}>
            {t('approval.override')}
          </button>
        </div>
      )}
      <h3>{t('approval.history')}</h3>
      {data?.approvals.length === 0 && <p className="muted">{t('approval.none')}</p>}
      <ul className="approval-history">
        {(data?.approvals ?? []).map((a) => (
          <li key={a.id}>
            <span translate="no">{a.approvedBy.name}</span> · {new Date(a.approvedAt).toLocaleString(dateLocale(locale))} ·{' '}
            <code title={a.versionHash}>{shortHash(a.versionHash)}</code>{' '}
            <span className={`badge approval-${a.state}`}>{t(`approval.state.${a.state}`)}</span>
            {a.override && <p className="muted small">{t('approval.overriddenBecause', { reason: a.override.reason })}</p>}
          </li>
        ))}
      </ul>
    </div>
  )
}
