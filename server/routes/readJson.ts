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
  const broken = loneSurrogatePath(body, [])
  if (broken) throw ApiError.badRequest(`${broken.length ? `${broken.join('.')}: ` : ''}text holds a broken character (an unpaired surrogate)`)
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    throw new ApiError(400, 'invalid_input', `${where}${issue?.message ?? 'invalid input'}`, issue ? issueDetails(issue) : {})
  }
  return parsed.data
}

/**
 * What a page needs to say which field is wrong, in its reader's language: `field` (the path, as
 * `title` or `items.2.label`), `problem` (`empty`, `too_long`, `too_many` or `invalid`) and, for a
 * limit, `limit`.
 */
function issueDetails(issue: z.core.$ZodIssue): Record<string, unknown> {
  const field = issue.path.map(String).join('.')
  if (issue.code === 'too_small' && Number(issue.minimum) === 1) return { field, problem: 'empty' }
  if (issue.code === 'too_big' && issue.origin === 'string') return { field, problem: 'too_long', limit: Number(issue.maximum) }
  if (issue.code === 'too_big' && issue.origin === 'array') return { field, problem: 'too_many', limit: Number(issue.maximum) }
  return { field, problem: 'invalid' }
}

/**
 * Where in a JSON value a string holds an unpaired UTF-16 surrogate ("\ud800" is valid JSON), or
 * null. Stored as is, SQLite would turn it into U+FFFD: the text read back would differ from the
 * text written, so it is refused rather than silently changed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function loneSurrogatePath(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogatePath(value[i], [...path, i])
      if (found) return found
    }
    return null
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = loneSurrogatePath(key, path) ?? loneSurrogatePath(item, [...path, key])
      if (found) return found
    }
  }
  return null
}
