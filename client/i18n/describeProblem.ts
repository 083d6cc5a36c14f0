import { ApiRequestError } from '../api'
import type { Translate } from './I18nProvider'
import { API_ERROR_CODES, INPUT_PROBLEMS, NAMED_FIELDS, type ApiErrorCode, type InputProblem, type NamedField } from './problemMessages'

const isApiErrorCode = (code: string): code is ApiErrorCode => (API_ERROR_CODES as readonly string[]).includes(code)

/** A problem found in the browser, already said in the reader's language. */
export class ExplainedProblem extends Error {}

/** A failed request in the reader's language, from its error code; the server's English text is never shown. */
export function describeProblem(error: unknown, t: Translate): string {
  if (error instanceof ExplainedProblem) return error.message
  if (!(error instanceof ApiRequestError)) return t('error.unexpected')
  if (error.code === 'network') return t('apiError.network')
  if (error.code === 'approval_stale') return t('apiError.approval_stale', { titles: namedDocuments(error.details, t) })
  if (error.code === 'approval_missing') {
    if (documentTitles(error.details).length === 0) return t('apiError.approval_missing.nothing')
    const missing = t('apiError.approval_missing', { titles: namedDocuments(error.details, t) })
    // The reply filed is the one created last: a draft made after it stands in its way.
    return namesOnlyReplies(error.details) ? `${missing}${t('apiError.approval_missing.latestReply')}` : missing
  }
  if (error.code === 'invalid_input') return invalidInput(error.details, t)
  if (error.code === 'rate_limited' && typeof error.details.retryAfter === 'number') {
    return t('apiError.rate_limited.minutes', { minutes: Math.max(1, Math.ceil(error.details.retryAfter / 60)) })
  }
  if (isApiErrorCode(error.code)) return t(`apiError.${error.code}`)
  return t('apiError.unknown', { status: error.status })
}

function namesOnlyReplies(details: Record<string, unknown>): boolean {
  const documents = Array.isArray(details.documents) ? (details.documents as { kind?: unknown }[]) : []
  return documents.length > 0 && documents.every((document) => document.kind === 'oa-reply')
}

function documentTitles(details: Record<string, unknown>): string[] {
  const documents = Array.isArray(details.documents) ? (details.documents as { title?: unknown }[]) : []
  return documents.map((document) => document.title).filter((title): title is string => typeof title === 'string')
}

// The documents an approval refusal names, as the server names them: “A”, “B”.
function namedDocuments(details: Record<string, unknown>, t: Translate): string {
  const titles = documentTitles(details)
  return titles.length > 0 ? titles.map((title) => `“${title}”`).join(t('apiError.approval_stale.separator')) : t('apiError.approval_stale.claimSets')
}

/** A refused field named in the reader's language (its last part: `override.reason` is a reason), or the generic message. */
function invalidInput(details: Record<string, unknown>, t: Translate): string {
  const { field, problem, limit } = details
  if (typeof field !== 'string' || !(INPUT_PROBLEMS as readonly unknown[]).includes(problem)) return t('apiError.invalid_input')
  const last = field.split('.').pop() ?? field
  const named = (NAMED_FIELDS as readonly string[]).includes(last) ? t(`field.${last as NamedField}`) : field
  return t(`apiError.invalid_input.${problem as InputProblem}`, { field: named, limit: typeof limit === 'number' ? limit : '' })
}
