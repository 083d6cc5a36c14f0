import type { Context } from 'hono'
import type { ParsedClaim } from '../../shared/claims/types'
import type { Locale } from '../../shared/i18n/locale'
import type { Finding } from '../../shared/rules/types'

/** The language of messages: `?lang=zh-CN|en`, else the Accept-Language header, else English. */
export function requestLocale(c: Context): Locale {
  const wanted = c.req.query('lang') ?? c.req.header('accept-language') ?? ''
  return wanted.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/** A finding as the API shows it: the message in the caller's language, both languages beside it. */
export function findingView<F extends Finding>(finding: F, locale: Locale) {
  const { message, ...rest } = finding
  return { ...rest, message: message[locale], messages: message }
}

/** A parsed claim as the API shows it (docs/api.md). */
export const claimView = (claim: ParsedClaim) => ({
  number: claim.number,
  ...(claim.numberRange ? { numberRange: claim.numberRange } : {}),
  kind: claim.kind,
  dependsOn: claim.dependsOn,
  category: claim.category,
  subject: claim.subject,
  language: claim.language,
  text: claim.text,
  preamble: claim.preamble,
  characterisingPart: claim.characterisingPart,
  references: claim.references,
  terms: claim.terms,
  referenceSigns: claim.referenceSigns,
})
