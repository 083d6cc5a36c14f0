/** The three kinds of document a matter holds (DOMAIN.md "The three document kinds"). */
export const DOCUMENT_KINDS = ['disclosure', 'claims', 'oa-reply'] as const

export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const isDocumentKind = (value: string): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(value)
