import type { Jurisdiction } from '../claims/types'
import type { DocumentKind } from '../domain/documentKinds'
import type { Locale } from '../i18n/locale'
import type { MarkupRun } from '../amendment/amendmentMarkup'

/**
 * A document laid out as its office expects it on paper: parts that each start on a new page
 * (权利要求书, 说明书, 说明书摘要; specification, claims, abstract), each a run of blocks. The DOCX
 * export and the print view both draw this one model, so the file and the printout agree.
 */
export interface OfficeLayout {
  kind: DocumentKind
  jurisdiction: Jurisdiction
  /** The language the document is written in: Chinese for CNIPA, English for the USPTO and the EPO. */
  locale: Locale
  /** The invention's title (发明名称). */
  title: string
  parts: LayoutPart[]
}

export type LayoutPartRole = 'claims' | 'description' | 'abstract' | 'disclosure' | 'reply'

export interface LayoutPart {
  role: LayoutPartRole
  /** The part's name as the office has it, shown in the running header of its pages: 权利要求书, Claims. */
  name: string
  /** The heading printed at the top of the part, or null where the office prints none (a US specification). */
  heading: string | null
  blocks: LayoutBlock[]
}

export type LayoutBlock =
  /** The invention's title, centred at the head of a description or a form. */
  | { type: 'title'; text: string }
  /** A heading inside a part: 技术领域, BACKGROUND, an objection answered. */
  | { type: 'heading'; text: string }
  /** The line that opens the claims: "What is claimed is:". */
  | { type: 'lead'; text: string }
  | { type: 'claim'; number: number; text: string }
  /**
   * A claim of a US claim listing (37 CFR 1.121(c)): its number and status identifier,
   * "8. (Currently amended)", then its text with insertions underlined and deletions struck through.
   */
  | { type: 'listed-claim'; label: string; runs: MarkupRun[] }
  /** A paragraph; `number` is its paragraph number ([0001]) where the office numbers paragraphs. */
  | { type: 'paragraph'; number: number | null; text: string }
  /** A labelled fact: "发文日：2026-03-05". */
  | { type: 'field'; label: string; text: string }
  /**
   * A line left blank to be filled in on the filed copy — a signature, by hand or typed as an
   * S-signature "/Jane Doe/" (37 CFR 1.4(d)(2)), its date — drawn as a rule after its label.
   */
  | { type: 'signature-line'; label: string }

/** A paragraph number as the offices print it: [0001] (CN Guidelines, 37 CFR 1.52(b)(6), EPO). */
export const paragraphNumber = (number: number): string => `[${String(number).padStart(4, '0')}]`

/** Which version a file or printout shows, stated on it (footer and document properties). */
export interface VersionStamp {
  /** The version's id, or null for the text as it is now. */
  versionId: string | null
  /** The version's name; for the text as it is now, a sentence saying so. */
  name: string
  /** SHA-256 of the content, as approvals and versions have it. */
  versionHash: string
  /** Whether the version is the one a lead approved. */
  approved: boolean
  /** When the version was made (ISO time), or when the current text was read. */
  at: string
}

/** `GET /api/documents/:id/layout`: the document laid out for print, and which version it is. */
export interface PrintLayoutResponse {
  documentId: string
  layout: OfficeLayout
  stamp: VersionStamp
  /** The line the file's footer and the printout carry, in the document's language. */
  stampLine: string
}
