import type { Editor } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { TextAnchor } from '../../shared/review/anchor'
import { isRemoteChange, resolveInState, unchangedRange, ySyncPluginKey } from './editorAnchors'

/** What the text shows of the review: open comment threads and open suggestions. */
export interface ReviewMarks {
  comments: { id: string; anchor: TextAnchor; active: boolean }[]
  suggestions: { id: string; anchor: TextAnchor; text: string; author: string }[]
}

interface HighlightState {
  marks: ReviewMarks
  decorations: DecorationSet
}

const key = new PluginKey<HighlightState>('reviewHighlights')

function insertionWidget(text: string, author: string, id: string): () => HTMLElement {
  return () => {
    const span = document.createElement('span')
    span.className = 'review-suggestion-insert'
    span.textContent = text
    span.title = author
    span.dataset.suggestionId = id
    span.dataset.author = author
    return span
  }
}

function build(state: EditorState, marks: ReviewMarks): DecorationSet {
  const decorations: Decoration[] = []
  for (const comment of marks.comments) {
    const range = resolveInState(state, comment.anchor)
    if (!range || range.to <= range.from) continue
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: comment.active ? 'review-comment active' : 'review-comment',
        'data-comment-id': comment.id,
      }),
    )
  }
  for (const suggestion of marks.suggestions) {
    // An outdated suggestion is listed as such, not drawn over the text that replaced its own.
    const range = unchangedRange(state, suggestion.anchor)
    if (!range) continue
    if (range.to > range.from) {
      decorations.push(
        Decoration.inline(range.from, range.to, {
          class: 'review-suggestion-delete',
          title: suggestion.author,
          'data-suggestion-id': suggestion.id,
        }),
      )
    }
    if (suggestion.text) {
      decorations.push(Decoration.widget(range.to, insertionWidget(suggestion.text, suggestion.author, suggestion.id), { side: 1, key: suggestion.id }))
    }
  }
  return DecorationSet.create(state.doc, decorations)
}

/**
 * Draws comments and suggestions in the text. Anchors are resolved afresh when the marks change or
 * a remote change arrives (the Yjs mapping is current then); local typing only maps what is drawn.
 */
const reviewHighlights = new Plugin<HighlightState>({
  key,
  state: {
    init: () => ({ marks: { comments: [], suggestions: [] }, decorations: DecorationSet.empty }),
    apply(tr, value, _old, state) {
      const marks = tr.getMeta(key) as ReviewMarks | undefined
      if (marks) return { marks, decorations: build(state, marks) }
      if (!tr.docChanged) return value
      if (isRemoteChange(tr.getMeta(ySyncPluginKey))) return { marks: value.marks, decorations: build(state, value.marks) }
      return { marks: value.marks, decorations: value.decorations.map(tr.mapping, tr.doc) }
    },
  },
  props: { decorations: (state) => key.getState(state)?.decorations },
})

/** Shows these marks in the editor, registering the highlighting plugin on first use. */
export function showReviewMarks(editor: Editor, marks: ReviewMarks): void {
  if (editor.isDestroyed) return
  // Before the editor has a view, the marks are shown as soon as it is created.
  if (!editor.isInitialized) return void editor.once('create', () => showReviewMarks(editor, marks))
  if (!key.getState(editor.state)) editor.registerPlugin(reviewHighlights)
  editor.view.dispatch(editor.state.tr.setMeta(key, marks).setMeta('addToHistory', false))
}
