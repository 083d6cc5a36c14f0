import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError } from '../ApiError'

/** Reads and validates a JSON body; anything else is a 400 that says what is wrong. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw ApiError.badRequest('the body must be JSON', 'invalid_json')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    throw ApiError.badRequest(`${where}${issue?.message ?? 'invalid input'}`)
  }
  return parsed.data
}
