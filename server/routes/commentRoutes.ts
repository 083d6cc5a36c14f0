import { Hono } from 'hono'
import { z } from 'zod'
import type { UserId } from '../../shared/domain/ids'
import { TextAnchorSchema } from '../../shared/review/anchor'
import { COMMENT_MAX_LENGTH } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import { authorizeDocument, matterRole } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { newId } from '../newId'
import { personLookup } from '../review/people'
import { commentThreads } from '../review/reviewViews'
import type { CommentRecord } from '../storage/ReviewStore'
import { readJson } from './readJson'
import { mentionedByName } from '../../shared/review/mentionedByName'

const NewComment = z
  .object({
    text: z.string().trim().min(1, 'write something').max(COMMENT_MAX_LENGTH),
    anchor: TextAnchorSchema.optional(),
    replyTo: z.string().min(1).max(64).optional(),
    mentions: z.array(z.string().min(1).max(64)).max(50).default([]),
  })
  .refine((c) => !(c.anchor && c.replyTo), { message: 'a reply belongs to its thread and takes no anchor of its own', path: ['anchor'] })

const Resolution = z.object({ resolved: z.boolean() })

/** `GET|POST /api/documents/:id/comments`, `PATCH …/comments/:commentId` — anchored threads with replies. */
export function commentRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  const threadsOf = async (documentId: Parameters<typeof store.comments>[0]) =>
    commentThreads(await store.comments(documentId), personLookup(store))

  routes.get('/:id/comments', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    return c.json({ comments: await threadsOf(document.id) })
  })

  routes.post('/:id/comments', async (c) => {
    const caller = c.get('caller')
    const { document, matter } = await authorizeDocument(store, caller, c.req.param('id'), 'document.comment')
    const input = await readJson(c, NewComment)
    if (input.replyTo) {
      const thread = await store.findComment(input.replyTo)
      if (!thread || thread.documentId !== document.id || thread.threadId !== null) {
        throw ApiError.badRequest('replyTo: no thread with this id on this document')
      }
    }
    // Only people who can read the matter can be mentioned: a mention must not reveal it to anyone else.
    for (const [index, userId] of input.mentions.entries()) {
      const user = await store.findUserById(userId as UserId)
      const role = user ? await matterRole(store, { user, memberships: await store.memberships(user.id) }, matter) : null
      if (!role) throw ApiError.badRequest(`mentions.${index}: ${userId} is not on this matter's team`)
    }
    const comment: CommentRecord = {
      id: newId(),
      documentId: document.id,
      threadId: input.replyTo ?? null,
      authorId: caller.user.id,
      text: input.text,
      anchor: input.anchor ? JSON.stringify(input.anchor) : null,
      // A name typed as @name mentions its person as surely as one chosen from the list.
      mentions: [...new Set([...input.mentions, ...mentionedByName(input.text, await store.team(matter.id)).map((p) => p.userId)])] as UserId[],
      createdAt: new Date().toISOString(),
      resolvedBy: null,
      resolvedAt: null,
    }
    await store.createComment(comment)
    sync.notify(document.id, 'comments')
    const threads = await threadsOf(document.id)
    const thread = threads.find((t) => t.id === (comment.threadId ?? comment.id))!
    return c.json(comment.threadId ? thread.replies.find((r) => r.id === comment.id)! : thread, 201)
  })

  routes.patch('/:id/comments/:commentId', async (c) => {
    const caller = c.get('caller')
    const { document } = await authorizeDocument(store, caller, c.req.param('id'), 'document.comment')
    const { resolved } = await readJson(c, Resolution)
    const comment = await store.findComment(c.req.param('commentId'))
    if (!comment || comment.documentId !== document.id) throw ApiError.notFound('comment')
    if (comment.threadId !== null) throw ApiError.badRequest('resolved: resolve the thread, not a reply')
    await store.setCommentResolved(comment.id, resolved ? caller.user.id : null, resolved ? new Date().toISOString() : null)
    sync.notify(document.id, 'comments')
    return c.json((await threadsOf(document.id)).find((t) => t.id === comment.id)!)
  })

  return routes
}
