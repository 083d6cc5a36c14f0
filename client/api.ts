import type { ApiErrorBody } from '../shared/domain/api'

/** An API error as the server sent it: status plus stable code; status 0 and code `network` when no answer came. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error body's other fields (docs/api.md names them per code). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

/**
 * Calls the JSON API. The browser sends the httpOnly session cookie itself; the client never
 * holds the token.
 */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? null : JSON.stringify(init.body),
    credentials: 'same-origin',
  }).catch((error: unknown) => {
    // fetch rejects only when no response came back: offline, or the server is down.
    throw new ApiRequestError(0, 'network', error instanceof Error ? error.message : String(error))
  })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw errorFromBody(response.status, body, response.statusText)
  return body as T
}

/** The error an API answer's body describes, with every field beside `code` and `message` kept as details. */
export function errorFromBody(status: number, body: unknown, fallback: string): ApiRequestError {
  const { code, message, ...details } = (body as ApiErrorBody | null)?.error ?? {}
  return new ApiRequestError(status, code ?? 'http_error', message ?? fallback, details)
}
