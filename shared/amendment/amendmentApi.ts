import type { Jurisdiction } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'
import type { AmendmentMarkup } from './amendmentMarkup'

/** A saved version as a markup names it: which text, exactly (its content hash). */
export interface ComparedVersion {
  id: string
  name: string
  versionHash: string
  createdAt: string
}

/** An added-matter finding as the API shows it (findingView): the message in the caller's language. */
export interface AddedMatterFindingView {
  rule: string
  severity: 'error' | 'warning' | 'info'
  claim: number | null
  start: number
  end: number
  message: string
  messages: LocalizedText
  advice: LocalizedText
  hint: string | null
}

/** `GET /api/documents/:replyId/amendment-markup` (docs/api.md "Amendment markup"). */
export interface AmendmentMarkupResponse {
  jurisdiction: Jurisdiction
  reply: {
    id: string
    title: string
    /** The saved version of the reply the markup was made from; null for the reply as it is now. */
    version: ComparedVersion | null
    versionHash: string
  }
  /** The claim set's version kept at filing; null when the matter was never marked filed. */
  filed: (ComparedVersion & { documentId: string; documentTitle: string }) | null
  /** What the amendment is marked against: the claims the reply started from (as examined). */
  examined: { source: string }
  /** What the added-matter check read as the application as filed; null when there was nothing to read. */
  checkedAgainst: 'filed' | 'examined' | null
  markup: AmendmentMarkup
  /**
   * Added-matter findings; `start`, `end` point into the claim `claim`, numbered as in the reply —
   * or, beside a US claim listing, as the listing numbers it.
   */
  findings: AddedMatterFindingView[]
}
