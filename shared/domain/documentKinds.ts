import type { Locale } from '../i18n/locale'

/** The three kinds of document a matter holds (DOMAIN.md "The three document kinds"). */
export const DOCUMENT_KINDS = ['disclosure', 'claims', 'oa-reply'] as const

export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const isDocumentKind = (value: string): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(value)

/**
 * Each kind's name in each interface language. A document created without a title is named by its
 * kind in its office's language (documentLocale), as its version names are, whatever the
 * language of the person who created it.
 */
export const DOCUMENT_KIND_NAMES: Record<Locale, Record<DocumentKind, string>> = {
  'zh-CN': { disclosure: '技术交底书', claims: '权利要求书', 'oa-reply': '意见陈述书' },
  en: { disclosure: 'Disclosure form', claims: 'Claim set', 'oa-reply': 'Office-action reply' },
}
