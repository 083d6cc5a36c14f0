import { canOnDocument } from '../../shared/domain/policy'
import type { Role } from '../../shared/domain/roles'
import type { InboxItem, PersonView } from '../../shared/review/reviewApi'
import type { UserId } from '../../shared/domain/ids'
import type { CommentRecord, SuggestionRecord } from '../storage/ReviewStore'
import type { DocumentRecord, MatterRecord } from '../storage/Store'
import type { DocumentDetail } from '../../shared/domain/api'
import { reviewAwaited } from '../../shared/review/reviewAwaited'

const EXCERPT_LENGTH = 140

/** What one document holds for one reader; the records are the document's own. */
export interface DocumentActivity {
  me: UserId
  role: Role
  matter: MatterRecord
  document: DocumentRecord
  comments: readonly CommentRecord[]
  suggestions: readonly SuggestionRecord[]
  /** The latest approval against the text as it is now, when and by whom it was given; null without one (asked of approvers and editors). */
  approval: { state: 'valid' | 'stale'; at: string; by: UserId } | null
  /** When the document entered its review state (the archive's entry), else when it was created. */
  reviewStateSince: string
  /** The request for changes that sent the document back, while it waits for them. */
  changesRequested: DocumentDetail['changesRequested']
}

const excerpt = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text)

/**
 * What waits for `me` in one document:
 * - an open thread where someone mentioned them after their own last word in it (a mention);
 * - else an open thread they wrote in whose last comment is someone else's (a reply to answer);
 * - open suggestions, for those who may decide them (the document's editors);
 * - the document submitted for review: to review for a reviewer, to approve for an approver,
 *   and an approval that no longer holds for the text;
 * - changes asked of it, and its approval, for those who edit its text.
 */
export async function documentInbox(activity: DocumentActivity, person: (id: UserId) => Promise<PersonView>): Promise<Omit<InboxItem, 'key'>[]> {
  const { me, role, matter, document } = activity
  const where = { matter: { id: matter.id, title: matter.title, state: matter.state }, document: { id: document.id, kind: document.kind, title: document.title } }
  const items: Omit<InboxItem, 'key'>[] = []
  for (const thread of openThreads(activity.comments)) {
    const lastOwn = thread.findLastIndex((c) => c.authorId === me)
    const mention = thread.findLast((c, index) => index > lastOwn && c.authorId !== me && c.mentions.includes(me))
    const last = thread.at(-1)!
    const waiting = mention ?? (lastOwn >= 0 && last.authorId !== me ? last : null)
    if (!waiting) continue
    items.push({
      kind: mention ? 'mention' : 'reply',
      ...where,
      at: waiting.createdAt,
      threadId: thread[0]!.id,
      author: await person(waiting.authorId),
      excerpt: excerpt(waiting.text),
    })
  }
  const open = activity.suggestions.filter((s) => s.state === 'open' && s.authorId !== me)
  if (open.length > 0 && canOnDocument(role, document.kind, 'document.edit')) {
    items.push({ kind: 'suggestions', ...where, at: open.map((s) => s.createdAt).sort().at(-1)!, count: open.length })
  }
  // The text an editor wrote was approved: they hear of it once (and may set it aside).
  if (activity.approval?.state === 'valid' && document.reviewState === 'approved' && canOnDocument(role, document.kind, 'document.edit')) {
    items.push({ kind: 'approved', ...where, at: activity.approval.at, author: await person(activity.approval.by) })
  }
  // A request nobody will act on any more (the matter filed, closed, or past the disclosure's evaluation) is not news.
  if (!reviewAwaited(matter.state, document.kind)) return items
  const request = activity.changesRequested
  if (request && canOnDocument(role, document.kind, 'document.edit')) {
    items.push({ kind: 'changes-requested', ...where, at: request.at, author: request.by, ...(request.note && { excerpt: excerpt(request.note) }) })
  }
  const since = activity.reviewStateSince
  if (canOnDocument(role, document.kind, 'document.approve')) {
    // The text changed after the approval: the approval's time is the last known moment before it.
    if (activity.approval?.state === 'stale') items.push({ kind: 'stale-approval', ...where, at: activity.approval.at })
    else if (document.reviewState === 'in-review' && activity.approval?.state !== 'valid') items.push({ kind: 'approval', ...where, at: since })
  } else if (document.reviewState === 'in-review' && canOnDocument(role, document.kind, 'checklist.fill')) {
    items.push({ kind: 'review', ...where, at: since })
  }
  return items
}

/** The unresolved threads, each its first comment and then its replies in order. */
function openThreads(comments: readonly CommentRecord[]): CommentRecord[][] {
  const threads = new Map<string, CommentRecord[]>()
  for (const comment of comments) if (comment.threadId === null && comment.resolvedAt === null) threads.set(comment.id, [comment])
  for (const comment of comments) if (comment.threadId !== null) threads.get(comment.threadId)?.push(comment)
  for (const thread of threads.values()) thread.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return [...threads.values()]
}
