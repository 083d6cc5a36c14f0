import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEditorState } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type { DocumentAction } from '../../shared/domain/policy'
import type { AnchoredTextState } from '../../shared/review/anchor'
import { COMMENT_MAX_LENGTH, type ChecklistResponse, type CommentView, type MembersResponse, type SuggestionView } from '../../shared/review/reviewApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { useSession } from '../session'
import { useDraft } from '../useDraft'
import { useOneAtATime } from '../useOneAtATime'
import { CommentThread } from './CommentThread'
import { anchorFromSelection, anchorOnClaim, anchorTextState, resolveInState } from './editorAnchors'
import { showReviewMarks } from './reviewHighlights'
import { SuggestionList } from './SuggestionList'
import { useReviewResource } from './useReviewResource'
import { withMention } from './withMention'
import type { CommentsResource } from './useComments'

interface Props {
  editor: Editor | null
  provider: WebsocketProvider
  documentId: string
  /** The matter's team, read once for the page: who can be mentioned. */
  team: MembersResponse | null
  permissions: readonly DocumentAction[]
  comments: CommentsResource
}

/**
 * Comments and suggestions beside the text, and highlighted in it. A comment or suggestion takes
 * the editor's selection as its anchor; without a selection a comment is on the claim chosen
 * beside it (how a keyboard alone anchors in a text it cannot change), or on the whole document.
 */
export function ReviewPanel({ editor, provider, documentId, team, permissions, comments }: Props) {
  const { t, locale } = useI18n()
  const base = `/api/documents/${encodeURIComponent(documentId)}`
  const suggestions = useReviewResource<{ suggestions: SuggestionView[] }>(`${base}/suggestions`, provider, ['suggestions'])
  const canFill = permissions.includes('checklist.fill')
  const checklist = useReviewResource<ChecklistResponse>(`${base}/checklist?lang=${locale}`, provider, ['checklist'])
  const noteItems = canFill ? (checklist.data?.items ?? []).filter((i) => !i.rule) : []
  const [active, setActive] = useState<string | null>(null)
  const myId = useSession().me?.user.id ?? ''
  const [text, setText] = useDraft(`claimroom:comment-draft:${myId}:${documentId}`)
  const [mentions, setMentions] = useState<string[]>([])
  const [failure, setFailure] = useState<unknown>(null)
  const canComment = permissions.includes('document.comment')

  // What a new comment or suggestion will be anchored to, shown so that nobody anchors blindly.
  const [selected, setSelected] = useState('')
  useEffect(() => {
    if (!editor) return
    const onSelection = () => {
      const { from, to } = editor.state.selection
      setSelected(editor.state.doc.textBetween(from, to, '\n', '\n'))
    }
    editor.on('selectionUpdate', onSelection)
    return () => void editor.off('selectionUpdate', onSelection)
  }, [editor])

  // The claims a comment can be put on without a selection, as "id\tnumber\tstart" lines: the
  // editor's state changes on every keystroke, the list seldom. Only the claim lists are read.
  const claimLines = useEditorState({ editor, selector: ({ editor: current }) => (current ? claimOpenings(current.state.doc) : '') })
  const claims = (claimLines ?? '').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string, string])
  const [onClaim, setOnClaim] = useState('')

  const threads = useMemo(() => comments.data?.comments ?? [], [comments.data])
  // Which open threads' text was edited or deleted since, as "id:state" words: the editor's state
  // changes on every keystroke, the answer seldom.
  const textStates = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? threads
            .filter((thread) => thread.anchor && !thread.resolved)
            .map((thread) => `${thread.id}:${anchorTextState(current.state, thread.anchor!)}`)
            .join(' ')
        : '',
  })
  const textStateOf = (thread: CommentView) =>
    ((textStates ?? '').split(' ').find((entry) => entry.startsWith(`${thread.id}:`))?.slice(thread.id.length + 1) ?? 'same') as AnchoredTextState
  const open = useMemo(() => (suggestions.data?.suggestions ?? []).filter((s) => s.state === 'open'), [suggestions.data])
  // Newest decision first: what the reviewer looks for after the editor went through them.
  const decidedSuggestions = useMemo(
    () => (suggestions.data?.suggestions ?? []).filter((s) => s.state !== 'open').sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? '')),
    [suggestions.data],
  )

  // Marks are redrawn only when they differ: a read-only editor puts the page's selection back to
  // its own on every transaction, which would undo a selection the reader is making.
  const shown = useRef<{ editor: Editor; key: string } | null>(null)
  useEffect(() => {
    if (!editor) return
    const marks = {
      comments: threads.filter((c) => c.anchor && !c.resolved).map((c) => ({ id: c.id, anchor: c.anchor!, active: c.id === active })),
      suggestions: open.map((s) => ({ id: s.id, anchor: s.anchor, text: s.text, author: s.author.name })),
    }
    const key = JSON.stringify(marks)
    if (shown.current?.editor === editor && shown.current.key === key) return
    shown.current = { editor, key }
    showReviewMarks(editor, marks)
  }, [editor, threads, open, active])

  const { busy, run: oneAtATime } = useOneAtATime()
  const run = (action: () => Promise<unknown>) =>
    oneAtATime(async () => {
      try {
        setFailure(null)
        await action()
      } catch (error) {
        setFailure(error)
      }
    })

  const addComment = (event: FormEvent) => {
    event.preventDefault()
    if (!editor || !text.trim()) return
    const selection = editor.state.selection
    const anchor = (selection.empty ? onClaim && anchorOnClaim(editor, onClaim) : anchorFromSelection(editor)) || undefined
    void run(async () => {
      // Only those whose @name is still in the text: a name chosen and then deleted is no mention.
      const named = mentions.filter((userId) => {
        const person = team?.members.find((m) => m.userId === userId)
        return person !== undefined && text.includes(`@${person.name}`)
      })
      await api(`${base}/comments`, { method: 'POST', body: { text, anchor, mentions: named } })
      setText('')
      setMentions([])
      setOnClaim('')
      comments.reload()
    })
  }

  const mention = (userId: string) => {
    const person = team?.members.find((m) => m.userId === userId)
    if (!person) return
    if (!mentions.includes(userId)) setMentions([...mentions, userId])
    setText(withMention(text, person.name))
  }

  // A comment on a claim becomes the note of a checklist item, keeping the item's state.
  const toChecklist = (thread: CommentView, itemId: string) => {
    const item = noteItems.find((i) => i.id === itemId)
    if (!item) return Promise.resolve()
    const note = thread.anchor?.quote ? `“${thread.anchor.quote}” ${thread.text}` : thread.text
    return run(() => api(`${base}/checklist`, { method: 'PUT', body: { items: [{ id: item.id, state: item.state, note }] } }))
  }

  const select = (thread: CommentView) => {
    setActive(thread.id)
    const range = editor && thread.anchor ? resolveInState(editor.state, thread.anchor) : null
    if (editor && range) editor.chain().setTextSelection(range).scrollIntoView().run()
  }

  // A click in highlighted text opens its thread beside it: where highlights overlap, the thread
  // on the shortest passage, which is the one the reader most likely aimed at.
  const openThreads = useRef(threads)
  openThreads.current = threads
  useEffect(() => {
    if (!editor) return
    const onClick = (event: MouseEvent) => {
      // Where the click landed: the editor's selection follows the page's a moment later.
      if (!editor.state.selection.empty && !window.getSelection()?.isCollapsed) return
      const from = editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
      if (from === undefined) return
      const hit = openThreads.current
        .filter((thread) => thread.anchor && !thread.resolved)
        .map((thread) => ({ thread, range: resolveInState(editor.state, thread.anchor!) }))
        .filter(({ range }) => range !== null && range.from < range.to && range.from <= from && from <= range.to)
        .sort((a, b) => a.range!.to - a.range!.from - (b.range!.to - b.range!.from))[0]
      if (!hit) return
      setActive(hit.thread.id)
      document.querySelector(`[data-comment-id="${CSS.escape(hit.thread.id)}"]`)?.scrollIntoView({ block: 'nearest' })
    }
    // Before the editor has a view, the click is followed as soon as it is created.
    let dom: HTMLElement | null = null
    const follow = () => {
      dom = editor.view.dom
      dom.addEventListener('click', onClick)
    }
    if (editor.isInitialized) follow()
    else editor.once('create', follow)
    return () => {
      editor.off('create', follow)
      dom?.removeEventListener('click', onClick)
    }
  }, [editor])

  // A link to one thread (`?thread=<id>`, from "Waiting for you") opens it once the threads are here.
  const [linkedThread, setLinkedThread] = useState(() => new URLSearchParams(location.search).get('thread'))
  useEffect(() => {
    const thread = linkedThread && editor ? threads.find((t) => t.id === linkedThread) : undefined
    if (!thread) return
    setLinkedThread(null)
    select(thread)
    document.querySelector(`[data-comment-id="${CSS.escape(thread.id)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [linkedThread, editor, threads])

  return (
    <div className="review-panel" data-testid="review-panel">
      {failure !== null && <ErrorNote error={failure} />}
      <p className="muted small" data-testid="selection-quote">
        {selected
          ? t('review.selected', { quote: selected.length > 80 ? `${selected.slice(0, 80)}…` : selected })
          : // A disclosure has no claims to choose.
            t(claims.length > 0 ? 'review.selectionHint' : 'review.selectionHintNoClaims')}
      </p>
      <SuggestionList
        editor={editor}
        documentId={documentId}
        suggestions={open}
        decided={decidedSuggestions}
        permissions={permissions}
        onChanged={suggestions.reload}
        onFailure={setFailure}
      />
      <h3>{t('review.comments')}</h3>
      {canComment && (
        <form onSubmit={addComment} className="review-compose">
          {!selected && claims.length > 0 && (
            <label className="review-compose-target">
              {t('review.commentOn')}
              <select value={onClaim} onChange={(e) => setOnClaim(e.target.value)} data-testid="comment-claim">
                <option value="">{t('review.wholeDocumentOption')}</option>
                {claims.map(([id, number, start]) => (
                  <option key={id} value={id}>
                    {t('review.claimOption', { number, start })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('review.commentPlaceholder')}
            aria-label={t('review.newComment')}
            data-testid="comment-input"
            rows={3}
            maxLength={COMMENT_MAX_LENGTH}
          />
          <div className="review-compose-row">
            <select value="" onChange={(e) => mention(e.target.value)} aria-label={t('review.mention')}>
              <option value="">{t('review.mention')}</option>
              {(team?.members ?? []).map((m) => (
                <option key={m.userId} value={m.userId} translate="no">
                  {m.name}
                </option>
              ))}
            </select>
            {/* Nothing to send until something is written: the button said nothing and did nothing. */}
            <button type="submit" data-testid="comment-submit" disabled={busy || text.trim() === ''}>
              {t('review.addComment')}
            </button>
          </div>
        </form>
      )}
      {threads.length === 0 && <p className="muted">{t('review.noComments')}</p>}
      <ul className="review-threads">
        {threads.map((thread) => (
          <CommentThread
            key={thread.id}
            thread={thread}
            canComment={canComment}
            busy={busy}
            active={thread.id === active}
            textState={textStateOf(thread)}
            onSelect={() => select(thread)}
            checklistItems={noteItems}
            onToChecklist={(itemId) => toChecklist(thread, itemId)}
            onReply={(reply) => run(() => api(`${base}/comments`, { method: 'POST', body: { text: reply, replyTo: thread.id } }).then(comments.reload))}
            onResolve={(resolved) =>
              run(() => api(`${base}/comments/${thread.id}`, { method: 'PATCH', body: { resolved } }).then(comments.reload))
            }
          />
        ))}
      </ul>
    </div>
  )
}

// Each claim's id, number and first words, enough to tell it in a list; the description is not read.
function claimOpenings(doc: ProseMirrorNode): string {
  const lines: string[] = []
  doc.forEach((list) => {
    if (list.type.name !== 'claimList') return
    list.forEach((claim, _, index) => {
      if (typeof claim.attrs.id !== 'string') return
      const flat = claim.textBetween(0, Math.min(claim.content.size, 40), ' ', ' ').replace(/\s+/g, ' ').trim()
      lines.push(`${claim.attrs.id}\t${index + 1}\t${flat.length > 24 || claim.content.size > 40 ? `${flat.slice(0, 24)}…` : flat}`)
    })
  })
  return lines.join('\n')
}
