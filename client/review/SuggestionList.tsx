import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEditorState } from '@tiptap/react'
import { useState, type FormEvent } from 'react'
import type { DocumentAction } from '../../shared/domain/policy'
import type { SuggestionView } from '../../shared/review/reviewApi'
import { api } from '../api'
import { ExplainedProblem } from '../i18n/describeProblem'
import { useI18n } from '../i18n/I18nProvider'
import { useSession } from '../session'
import { useOneAtATime } from '../useOneAtATime'
import { anchorFromSelection, unchangedRange } from './editorAnchors'
import { dateLocale } from '../i18n/dateLocale'

interface Props {
  editor: Editor | null
  documentId: string
  suggestions: SuggestionView[]
  /** Suggestions accepted, rejected or withdrawn, newest decision first: listed folded, with who decided. */
  decided: SuggestionView[]
  permissions: readonly DocumentAction[]
  onChanged(): void
  onFailure(error: unknown): void
}

/**
 * Open suggestions with accept and reject for editors, and a box that proposes replacing the
 * selection for those who may only suggest. Accepting applies the change in this editor, so it
 * reaches everyone over the normal sync path, and then marks the suggestion accepted. A suggestion
 * whose text changed since is shown as outdated and can only be rejected.
 */
export function SuggestionList({ editor, documentId, suggestions, decided, permissions, onChanged, onFailure }: Props) {
  const { t, locale } = useI18n()
  const [text, setText] = useState('')
  const { busy, run } = useOneAtATime()
  const base = `/api/documents/${encodeURIComponent(documentId)}/suggestions`
  const canDecide = permissions.includes('document.edit')
  const canSuggest = permissions.includes('document.suggest')
  const myId = useSession().me?.user.id
  const outdated = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current ? suggestions.filter((s) => unchangedRange(current.state, s.anchor) === null).map((s) => s.id).join(' ') : '',
  })
  const isOutdated = (suggestion: SuggestionView) => (outdated ?? '').split(' ').includes(suggestion.id)
  const acceptable = suggestions.filter((s) => !isOutdated(s))

  const mark = (decided: SuggestionView[], state: 'accepted' | 'rejected' | 'withdrawn') =>
    run(async () => {
      try {
        if (state === 'accepted') apply(decided)
        for (const suggestion of decided) await api(`${base}/${suggestion.id}`, { method: 'PATCH', body: { state } })
      } catch (error) {
        onFailure(error)
      } finally {
        onChanged()
      }
    })

  /**
   * Applies suggestions in one transaction (one step to undo), each where it is in the text as it
   * is now, from the last to the first so that none moves another. Applied one by one, the second
   * was looked up while the editor's sync still described the text before the first.
   */
  const apply = (accepted: SuggestionView[]) => {
    if (!editor) throw new Error('the editor is not ready')
    const placed = accepted.map((suggestion) => ({ suggestion, range: unchangedRange(editor.state, suggestion.anchor) }))
    if (placed.some((p) => p.range === null || !inText(editor.state.doc, p.range))) throw new ExplainedProblem(t('review.suggestionOutdated'))
    placed.sort((a, b) => b.range!.from - a.range!.from)
    const tr = editor.state.tr
    let before = Infinity
    for (const { suggestion, range } of placed) {
      // Two suggestions over the same words cannot both be taken.
      if (range!.to > before) throw new ExplainedProblem(t('review.suggestionsOverlap'))
      tr.insertText(suggestion.text, range!.from, range!.to)
      // A subheading whose whole text was deleted goes, rather than stay as an empty heading.
      const $at = tr.doc.resolve(range!.from)
      if ($at.parent.type.name === 'heading' && $at.parent.content.size === 0) {
        if ($at.node(-1).childCount > 1) tr.delete($at.before(), $at.after())
        else tr.setNodeMarkup($at.before(), tr.doc.type.schema.nodes.paragraph)
      }
      before = range!.from
    }
    editor.view.dispatch(tr)
  }

  const propose = (event: FormEvent) => {
    event.preventDefault()
    // A caret nobody placed sits before the title, outside any text: nothing could be put there.
    if (editor && !inText(editor.state.doc, editor.state.selection)) return onFailure(new ExplainedProblem(t('review.suggestWhere')))
    const anchor = editor && anchorFromSelection(editor)
    if (!anchor || (!text && !anchor.quote)) return
    // An empty box proposes deleting the selection: asked, as Enter on the button made such deletions by accident.
    if (!text && !window.confirm(t('review.confirmDeletion', { quote: anchor.quote.slice(0, 80) }))) return
    void run(async () => {
      try {
        await api(base, { method: 'POST', body: { anchor, text } })
        setText('')
        onChanged()
      } catch (error) {
        onFailure(error)
      }
    })
  }

  return (
    <section className="review-suggestions">
      <h3>{t('review.suggestions')}</h3>
      {canSuggest && (
        <form onSubmit={propose} className="review-compose">
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('review.suggestPlaceholder')}
            aria-label={t('review.suggest')}
            data-testid="suggestion-input"
          />
          <button type="submit" disabled={busy} data-testid="suggestion-submit">
            {t('review.suggest')}
          </button>
        </form>
      )}
      {suggestions.length === 0 && <p className="muted">{t('review.noSuggestions')}</p>}
      {canDecide && suggestions.length > 1 && (
        <p className="review-actions">
          {acceptable.length > 1 && (
            <button type="button" onClick={() => void mark(acceptable, 'accepted')} disabled={busy} data-testid="accept-all-suggestions">
              {acceptable.length < suggestions.length ? t('review.acceptAllCurrent', { count: acceptable.length }) : t('review.acceptAll')}
            </button>
          )}
          <button type="button" className="link" onClick={() => void mark(suggestions, 'rejected')} disabled={busy} data-testid="reject-all-suggestions">
            {t('review.rejectAll')}
          </button>
        </p>
      )}
      <ul className="review-suggestion-list">
        {suggestions.map((s) => (
          <li key={s.id} data-testid="suggestion" data-suggestion-id={s.id} data-outdated={isOutdated(s) || undefined}>
            <span className="review-author" translate="no">{s.author.name}</span> <SuggestedChange suggestion={s} editor={editor} />
            {isOutdated(s) && (
              <span className="muted small" data-testid="suggestion-outdated">
                {' '}
                {t('review.suggestionOutdatedShort')}
              </span>
            )}
            {s.author.id === myId && !canDecide && (
              <span className="review-actions">
                <button type="button" className="link" onClick={() => void mark([s], 'withdrawn')} disabled={busy} data-testid="withdraw-suggestion">
                  {t('review.withdraw')}
                </button>
              </span>
            )}
            {canDecide && (
              <span className="review-actions">
                {!isOutdated(s) && (
                  <button type="button" onClick={() => void mark([s], 'accepted')} disabled={busy} data-testid="accept-suggestion">
                    {t('review.accept')}
                  </button>
                )}
                <button type="button" className="link" onClick={() => void mark([s], 'rejected')} disabled={busy} data-testid="reject-suggestion">
                  {t('review.reject')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {decided.length > 0 && (
        <details className="review-decided" data-testid="decided-suggestions">
          <summary>{t('review.decidedSuggestions', { count: decided.length })}</summary>
          <ul className="review-suggestion-list">
            {decided.map((s) => (
              <li key={s.id} data-state={s.state}>
                <span className="review-author" translate="no">{s.author.name}</span> <SuggestedChange suggestion={s} editor={null} />{' '}
                <span className="muted small">
                  {t(`review.suggestionState.${s.state as 'accepted' | 'rejected' | 'withdrawn'}`, { name: s.decidedBy?.name ?? '' })}
                  {s.decidedAt && ` · ${new Date(s.decidedAt).toLocaleString(dateLocale(locale), { dateStyle: 'short', timeStyle: 'short' })}`}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}

/**
 * The words a suggestion takes out and puts in. An insertion has no words to strike: it names the
 * words it follows in the text as it is now, so that the reader knows where it goes.
 */
function SuggestedChange({ suggestion, editor }: { suggestion: SuggestionView; editor: Editor | null }) {
  const { t } = useI18n()
  const { anchor, text } = suggestion
  const range = !anchor.quote && editor ? unchangedRange(editor.state, anchor) : null
  const before = range ? wordsBefore(editor!.state.doc, range.from) : ''
  return (
    <>
      {anchor.quote && <del>{anchor.quote}</del>}
      {!anchor.quote && before && <span className="muted small">{t('review.insertAfter', { words: before })} </span>}
      {text && <ins>{text}</ins>}
    </>
  )
}

/** Up to a dozen characters before a position, within its paragraph or claim. */
function wordsBefore(doc: ProseMirrorNode, at: number): string {
  const $at = doc.resolve(at)
  const start = Math.max($at.start(), at - 12)
  const words = doc.textBetween(start, at)
  return start > $at.start() ? `…${words}` : words
}

/** Whether both ends of a range are inside text (a paragraph, a claim, a title), where text can be put. */
function inText(doc: ProseMirrorNode, { from, to }: { from: number; to: number }): boolean {
  return doc.resolve(from).parent.inlineContent && doc.resolve(to).parent.inlineContent
}
