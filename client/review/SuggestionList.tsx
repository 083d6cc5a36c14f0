import type { Editor } from '@tiptap/core'
import { useState, type FormEvent } from 'react'
import type { DocumentAction } from '../../shared/domain/policy'
import type { SuggestionView } from '../../shared/review/reviewApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { anchorFromSelection, resolveInState } from './editorAnchors'

interface Props {
  editor: Editor | null
  documentId: string
  suggestions: SuggestionView[]
  permissions: readonly DocumentAction[]
  onChanged(): void
  onFailure(error: unknown): void
}

/** Text that no longer matches a suggestion's quote: applying it would overwrite someone's later edit. */
class SuggestionOutdated extends Error {}

/**
 * Open suggestions with accept and reject for editors, and a box that proposes replacing the
 * selection for those who may only suggest. Accepting applies the change in this editor, so it
 * reaches everyone over the normal sync path, and then marks the suggestion accepted.
 */
export function SuggestionList({ editor, documentId, suggestions, permissions, onChanged, onFailure }: Props) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const base = `/api/documents/${encodeURIComponent(documentId)}/suggestions`
  const canDecide = permissions.includes('document.edit')
  const canSuggest = permissions.includes('document.suggest')

  const decide = async (suggestion: SuggestionView, state: 'accepted' | 'rejected'): Promise<boolean> => {
    try {
      if (state === 'accepted') {
        if (!editor) return false
        const range = resolveInState(editor.state, suggestion.anchor)
        if (!range || editor.state.doc.textBetween(range.from, range.to, '\n', '\n') !== suggestion.anchor.quote) {
          throw new SuggestionOutdated(t('review.suggestionOutdated'))
        }
        editor.view.dispatch(editor.state.tr.insertText(suggestion.text, range.from, range.to))
      }
      await api(`${base}/${suggestion.id}`, { method: 'PATCH', body: { state } })
      onChanged()
      return true
    } catch (error) {
      onFailure(error)
      return false
    }
  }

  // One after another: each is found again in the text the previous one changed.
  const acceptAll = async () => {
    for (const suggestion of suggestions) if (!(await decide(suggestion, 'accepted'))) return
  }

  const propose = async (event: FormEvent) => {
    event.preventDefault()
    const anchor = editor && anchorFromSelection(editor)
    if (!anchor || (!text && !anchor.quote)) return
    try {
      await api(base, { method: 'POST', body: { anchor, text } })
      setText('')
      onChanged()
    } catch (error) {
      onFailure(error)
    }
  }

  return (
    <section className="review-suggestions">
      <h3>{t('review.suggestions')}</h3>
      {canSuggest && (
        <form onSubmit={(e) => void propose(e)} className="review-compose">
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('review.suggestPlaceholder')}
            aria-label={t('review.suggest')}
            data-testid="suggestion-input"
          />
          <button type="submit" data-testid="suggestion-submit">
            {t('review.suggest')}
          </button>
        </form>
      )}
      {suggestions.length === 0 && <p className="muted">{t('review.noSuggestions')}</p>}
      {canDecide && suggestions.length > 1 && (
        <button type="button" onClick={() => void acceptAll()}>
          {t('review.acceptAll')}
        </button>
      )}
      <ul className="review-suggestion-list">
        {suggestions.map((s) => (
          <li key={s.id} data-testid="suggestion" data-suggestion-id={s.id}>
            <span className="review-author" translate="no">{s.author.name}</span>{' '}
            {s.anchor.quote && <del>{s.anchor.quote}</del>} {s.text && <ins>{s.text}</ins>}
            {canDecide && (
              <span className="review-actions">
                <button type="button" onClick={() => void decide(s, 'accepted')} data-testid="accept-suggestion">
                  {t('review.accept')}
                </button>
                <button type="button" className="link" onClick={() => void decide(s, 'rejected')}>
                  {t('review.reject')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
