import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The one error type of the API: a status and a stable code, sent as {error:{code,message}}. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** More fields of the error body, beside `code` and `message` (docs/api.md names them per code). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }

  static badRequest(message: string, code = 'invalid_input'): ApiError {
    return new ApiError(400, code, message)
  }

  static unauthorized(message = 'sign in first'): ApiError {
    return new ApiError(401, 'unauthorized', message)
  }

  /** Anything outside the caller's workspaces: never reveal that it exists. */
  static notFound(what = 'resource'): ApiError {
    return new ApiError(404, 'not_found', `${what} not found`)
  }

  static forbidden(message: string): ApiError {
    return new ApiError(403, 'forbidden', message)
  }
}
