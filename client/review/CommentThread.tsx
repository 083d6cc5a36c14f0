import { useState, type FormEvent } from 'react'
import type { AnchoredTextState } from '../../shared/review/anchor'
import { COMMENT_MAX_LENGTH, type CommentView } from '../../shared/review/reviewApi'
import { useI18n } from '../i18n/I18nProvider'
import { dateLocale } from '../i18n/dateLocale'

interface Props {
  thread: CommentView
  canComment: boolean
  /** A change of the review is on its way: the buttons wait for it. */
  busy: boolean
  active: boolean
  /** Whether the text the thread is on was edited or deleted since it was written. */
  textState: AnchoredTextState
  onSelect(): void
  onReply(text: string): Promise<void>
  onResolve(resolved: boolean): Promise<void>
  /** Items whose note this thread can become, for those who fill the checklist. */
  checklistItems: { id: string; label: string }[]
  onToChecklist(itemId: string): Promise<void>
}

/** One thread beside the text: its anchor's quote, the comments, a reply box, resolve or reopen. */
export function CommentThread({ thread, canComment, busy, active, textState, onSelect, onReply, onResolve, checklistItems, onToChecklist }: Props) {
  const { t, locale } = useI18n()
  const [reply, setReply] = useState('')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!reply.trim()) return
    await onReply(reply)
    // Resolved by someone else while this reply was written: answering it opens it again.
    if (thread.resolved) await onResolve(false)
    setReply('')
  }
  const when = (iso: string) => new Date(iso).toLocaleString(dateLocale(locale), { dateStyle: 'short', timeStyle: 'short' })
  return (
    <li className={`review-thread${thread.resolved ? ' resolved' : ''}${active ? ' active' : ''}`} data-testid="comment-thread" data-comment-id={thread.id}>
      {thread.anchor?.quote ? (
        <>
          <button type="button" className="link review-quote" onClick={onSelect} title={t('review.showInText')}>
            “{thread.anchor.quote}”
          </button>
          {textState !== 'same' && (
            <p className="muted small review-text-state" data-testid="comment-text-state" data-state={textState}>
              {t(textState === 'gone' ? 'review.commentTextGone' : 'review.commentTextChanged')}
            </p>
          )}
        </>
      ) : (
        <span className="muted small">{t('review.wholeDocument')}</span>
      )}
      {[thread, ...thread.replies].map((comment) => (
        <div key={comment.id} className="review-comment-body">
          <span className="review-author" translate="no">{comment.author.name}</span> <span className="muted small">{when(comment.createdAt)}</span>
          <CommentText text={comment.text} />
        </div>
      ))}
      {thread.resolved && thread.resolvedBy && (
        <p className="muted small" data-testid="resolved-note">
          {t('review.resolvedBy', { name: thread.resolvedBy.name })}
        </p>
      )}
      {canComment && (
        <div className="review-actions">
          {/* A reply being written stays when someone resolves the thread meanwhile. */}
          {(!thread.resolved || reply !== '') && (
            <form onSubmit={(e) => void submit(e)} className="review-reply">
              <input value={reply} onChange={(e) => setReply(e.target.value)} placeholder={t('review.replyPlaceholder')} aria-label={t('review.reply')} maxLength={COMMENT_MAX_LENGTH} />
              <button type="submit" disabled={busy || !reply.trim()} data-testid="reply-submit">
                {t('review.reply')}
              </button>
            </form>
          )}
          <button type="button" className="link" onClick={() => void onResolve(!thread.resolved)} disabled={busy} data-testid="resolve-thread">
            {thread.resolved ? t('review.reopen') : t('review.resolve')}
          </button>
          {checklistItems.length > 0 && (
            <select value="" onChange={(e) => e.target.value && void onToChecklist(e.target.value)} disabled={busy} aria-label={t('review.toChecklist')}>
              <option value="">{t('review.toChecklist')}</option>
              {checklistItems.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </li>
  )
}

// A comment longer than this shows its beginning until the reader asks for the rest: one long
// paste would otherwise push every other thread out of the panel.
const SHOWN_AT_FIRST = 600

function CommentText({ text }: { text: string }) {
  const { t } = useI18n()
  const [whole, setWhole] = useState(false)
  if (text.length <= SHOWN_AT_FIRST + 100) return <p>{text}</p>
  return (
    <p>
      {whole ? text : `${text.slice(0, SHOWN_AT_FIRST)}…`}{' '}
      <button type="button" className="link small" onClick={() => setWhole(!whole)} aria-expanded={whole} data-testid="comment-show-more">
        {whole ? t('review.showLess') : t('review.showMore')}
      </button>
    </p>
  )
}
