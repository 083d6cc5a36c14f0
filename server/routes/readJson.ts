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
    throw ApiError.badRequest(`${where}${issue?.message ?? 'invalid input'}`)
  }
  return parsed.data
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
