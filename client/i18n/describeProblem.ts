import { ApiRequestError } from '../api'
import type { Translate } from './I18nProvider'
import { API_ERROR_CODES, type ApiErrorCode } from './problemMessages'

const isApiErrorCode = (code: string): code is ApiErrorCode => (API_ERROR_CODES as readonly string[]).includes(code)

/** A problem found in the browser, already said in the reader's language. */
export class ExplainedProblem extends Error {}

/** A failed request in the reader's language, from its error code; the server's English text is never shown. */
export function describeProblem(error: unknown, t: Translate): string {
  if (error instanceof ExplainedProblem) return error.message
  if (!(error instanceof ApiRequestError)) return t('error.unexpected')
  if (error.code === 'network') return t('apiError.network')
  if (isApiErrorCode(error.code)) return t(`apiError.${error.code}`)
  return t('apiError.unknown', { status: error.status })
}
