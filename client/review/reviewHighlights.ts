import type { Editor } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { anchoredTextState, type TextAnchor } from '../../shared/review/anchor'
import { isRemoteChange, resolveInState, unchangedRange, ySyncPluginKey } from './editorAnchors'

/** What the text shows of the review: open comment threads and open suggestions. */
export interface ReviewMarks {
  comments: { id: string; anchor: TextAnchor; active: boolean }[]
  suggestions: { id: string; anchor: TextAnchor; text: string; author: string }[]
}

interface HighlightState {
  marks: ReviewMarks
  decorations: DecorationSet
  /** Local edits mapped what is drawn; the anchors are resolved again once the sync has them. */
  stale: boolean
}

// Typing redraws the marks after this pause, not on every keystroke.
const REDRAW_AFTER_TYPING_MS = 60

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

// Where the text of a comment was, once it is deleted: a mark to find the thread's place by.
function goneMarker(id: string, quote: string, active: boolean): () => HTMLElement {
  return () => {
    const span = document.createElement('span')
    span.className = active ? 'review-comment-gone active' : 'review-comment-gone'
    span.title = quote
    span.dataset.commentId = id
    return span
  }
}

function build(state: EditorState, marks: ReviewMarks): DecorationSet {
  const decorations: Decoration[] = []
  for (const comment of marks.comments) {
    const range = resolveInState(state, comment.anchor)
    if (!range) continue
    const textState = anchoredTextState(comment.anchor, state.doc, range)
    if (textState === 'gone') {
      const marker = goneMarker(comment.id, comment.anchor.quote, comment.active)
      decorations.push(Decoration.widget(range.from, marker, { side: -1, key: `gone-${comment.id}-${comment.active}` }))
      continue
    }
    if (range.to <= range.from) continue
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: `review-comment${comment.active ? ' active' : ''}${textState === 'changed' ? ' changed' : ''}`,
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
 * a remote change arrives (the Yjs mapping is current then). Local typing first maps what is
 * drawn, and the anchors are resolved again right after, once the sync binding has the edit: a
 * mapped highlight of text typed over would cover only the first new letter, while everyone
 * else sees where the comment's text went.
 */
const reviewHighlights = new Plugin<HighlightState>({
  key,
  state: {
    init: () => ({ marks: { comments: [], suggestions: [] }, decorations: DecorationSet.empty, stale: false }),
    apply(tr, value, _old, state) {
      const marks = tr.getMeta(key) as ReviewMarks | undefined
      if (marks) return { marks, decorations: build(state, marks), stale: false }
      if (!tr.docChanged) return value
      if (isRemoteChange(tr.getMeta(ySyncPluginKey))) return { marks: value.marks, decorations: build(state, value.marks), stale: false }
      const drawn = value.marks.comments.length + value.marks.suggestions.length > 0
      return { marks: value.marks, decorations: value.decorations.map(tr.mapping, tr.doc), stale: drawn }
    },
  },
  props: { decorations: (state) => key.getState(state)?.decorations },
  view: () => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const redraw = (view: EditorView) => {
      const value = key.getState(view.state)
      if (!value?.stale) return
      // A redraw in the middle of an input method's composition would break it.
      if (view.composing) return void (timer = setTimeout(() => redraw(view), REDRAW_AFTER_TYPING_MS))
      view.dispatch(view.state.tr.setMeta(key, value.marks).setMeta('addToHistory', false))
    }
    return {
      update(view) {
        if (!key.getState(view.state)?.stale) return
        clearTimeout(timer)
        timer = setTimeout(() => redraw(view), REDRAW_AFTER_TYPING_MS)
      },
      destroy: () => clearTimeout(timer),
    }
  },
})

/** Shows these marks in the editor, registering the highlighting plugin on first use. */
export function showReviewMarks(editor: Editor, marks: ReviewMarks): void {
  if (editor.isDestroyed) return
  // Before the editor has a view, the marks are shown as soon as it is created.
  if (!editor.isInitialized) return void editor.once('create', () => showReviewMarks(editor, marks))
  if (!key.getState(editor.state)) editor.registerPlugin(reviewHighlights)
  editor.view.dispatch(editor.state.tr.setMeta(key, marks).setMeta('addToHistory', false))
}
