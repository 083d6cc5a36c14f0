import { TextAnchorSchema, type TextAnchor } from '../../shared/review/anchor'
import type { PersonView, CommentView, SuggestionView, TriageView } from '../../shared/review/reviewApi'
import type { UserId } from '../../shared/domain/ids'
import { CorruptRowError } from '../storage/CorruptRowError'
import type { CommentRecord, SuggestionRecord, TriageRecord } from '../storage/ReviewStore'

type Person = (id: UserId) => Promise<PersonView>

/** A stored anchor read back; one that no longer parses is a corrupt row, never silently dropped. */
export function readAnchor(json: string, table: string): TextAnchor {
  const parsed = TextAnchorSchema.safeParse(JSON.parse(json))
  if (!parsed.success) throw new CorruptRowError(table, 'anchor')
  return parsed.data
}

async function commentView(c: CommentRecord, person: Person, replies: CommentView[]): Promise<CommentView> {
  return {
    id: c.id,
    author: await person(c.authorId),
    text: c.text,
    anchor: c.anchor === null ? null : readAnchor(c.anchor, 'comments'),
    mentions: await Promise.all(c.mentions.map(person)),
    createdAt: c.createdAt,
    resolved: c.resolvedAt !== null,
    resolvedBy: c.resolvedBy === null ? null : await person(c.resolvedBy),
    resolvedAt: c.resolvedAt,
    replies,
  }
}

/** The comments of a document as threads: each first comment with its replies, oldest first. */
export async function commentThreads(comments: readonly CommentRecord[], person: Person): Promise<CommentView[]> {
  const replies = new Map<string, CommentRecord[]>()
  for (const c of comments) if (c.threadId) replies.set(c.threadId, [...(replies.get(c.threadId) ?? []), c])
  return Promise.all(
    comments
      .filter((c) => c.threadId === null)
      .map(async (root) => commentView(root, person, await Promise.all((replies.get(root.id) ?? []).map((r) => commentView(r, person, []))))),
  )
}

export async function suggestionView(s: SuggestionRecord, person: Person): Promise<SuggestionView> {
  return {
    id: s.id,
    author: await person(s.authorId),
    anchor: readAnchor(s.anchor, 'suggestions'),
    text: s.text,
    state: s.state,
    createdAt: s.createdAt,
    decidedBy: s.decidedBy === null ? null : await person(s.decidedBy),
    decidedAt: s.decidedAt,
  }
}

export async function triageView(t: TriageRecord, person: Person): Promise<TriageView> {
  return { key: t.findingKey, rule: t.rule, decision: t.decision, reason: t.reason, by: await person(t.decidedBy), at: t.decidedAt }
}
