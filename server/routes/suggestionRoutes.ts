import { Hono } from 'hono'
import { z } from 'zod'
import { TextAnchorSchema } from '../../shared/review/anchor'
import { ApiError } from '../ApiError'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { newId } from '../newId'
import { personLookup } from '../review/people'
import { suggestionView } from '../review/reviewViews'
import type { SuggestionRecord } from '../storage/ReviewStore'
import { readJson } from './readJson'

const NewSuggestion = z
  .object({ anchor: TextAnchorSchema, text: z.string().max(10_000) })
  .refine((s) => s.text !== '' || s.anchor.quote !== '', { message: 'a suggestion inserts text, deletes text, or both', path: ['text'] })

const Decision = z.object({ state: z.enum(['accepted', 'rejected', 'withdrawn']) })

/**
 * `GET|POST /api/documents/:id/suggestions`, `PATCH …/suggestions/:suggestionId` — proposed edits,
 * kept beside the text so that people who may not write it can still propose. The editor who
 * accepts one applies it in the editor, over the normal sync path, and then marks it accepted;
 * its author may withdraw it while it is open.
 */
export function suggestionRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/suggestions', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const person = personLookup(store)
    const suggestions = await store.suggestions(document.id)
    return c.json({ suggestions: await Promise.all(suggestions.map((s) => suggestionView(s, person))) })
  })

  routes.post('/:id/suggestions', async (c) => {
    const caller = c.get('caller')
    const { document } = await authorizeDocument(store, caller, c.req.param('id'), 'document.suggest')
    const input = await readJson(c, NewSuggestion)
    const suggestion: SuggestionRecord = {
      id: newId(),
      documentId: document.id,
      authorId: caller.user.id,
      anchor: JSON.stringify(input.anchor),
      text: input.text,
      state: 'open',
      createdAt: new Date().toISOString(),
      decidedBy: null,
      decidedAt: null,
    }
    await store.createSuggestion(suggestion)
    sync.notify(document.id, 'suggestions')
    return c.json(await suggestionView(suggestion, personLookup(store)), 201)
  })

  routes.patch('/:id/suggestions/:suggestionId', async (c) => {
    const caller = c.get('caller')
    const { state } = await readJson(c, Decision)
    // Its author takes a suggestion back; an editor decides on it.
    const { document } = await authorizeDocument(store, caller, c.req.param('id'), state === 'withdrawn' ? 'document.suggest' : 'document.edit')
    const suggestion = await store.findSuggestion(c.req.param('suggestionId'))
    if (!suggestion || suggestion.documentId !== document.id) throw ApiError.notFound('suggestion')
    if (state === 'withdrawn' && suggestion.authorId !== caller.user.id) throw ApiError.forbidden('only its author may withdraw a suggestion')
    if (!(await store.decideSuggestion(suggestion.id, state, caller.user.id, new Date().toISOString()))) {
      throw new ApiError(409, 'conflict', `the suggestion was already ${suggestion.state}`)
    }
    sync.notify(document.id, 'suggestions')
    return c.json(await suggestionView((await store.findSuggestion(suggestion.id))!, personLookup(store)))
  })

  return routes
}
