import { isCancellation } from '../claims/claimStatus'
import type { Jurisdiction } from '../claims/types'
import { compareClaims, sameWording, type ClaimComparison, type ClaimStatus, type ComparedClaim } from '../editor/compareClaims'
import type { LocalizedText } from '../i18n/locale'
import { diffText, readableDiff, type DiffSegment } from '../editor/tokenDiff'
import { referencesAsExamined } from './referencesAsExamined'

/** 37 CFR 1.121(c)(1): the status identifier every claim of a US claim listing carries. */
export type ClaimIdentifier = 'original' | 'currently-amended' | 'previously-presented' | 'new' | 'canceled'

export const CLAIM_IDENTIFIER_LABELS: Record<ClaimIdentifier, LocalizedText> = {
  original: { en: 'Original', 'zh-CN': '原始' },
  'currently-amended': { en: 'Currently amended', 'zh-CN': '本次修改' },
  'previously-presented': { en: 'Previously presented', 'zh-CN': '此前提交' },
  new: { en: 'New', 'zh-CN': '新增' },
  canceled: { en: 'Canceled', 'zh-CN': '已删除' },
}

// 37 CFR 1.121(c), in the words MPEP 714 suggests: the listing replaces every earlier one.
export const US_LISTING_INTRO = 'This listing of claims will replace all prior versions, and listings, of claims in the application.'

/** A run of a marked-up claim: kept, inserted (underlined) or deleted (struck through, or in [[ ]]). */
export interface MarkupRun {
  type: DiffSegment['type']
  text: string
  /** A US deletion of five or fewer characters written "[[…]]" instead of struck through (37 CFR 1.121(c)(2)). */
  brackets?: true
}

export interface MarkedClaim {
  /** The number the claim has on the page; null for a cancelled claim of a CN or EP comparison. */
  number: number | null
  /** Its number in the claims the amendment started from; null for a new claim. */
  previousNumber: number | null
  status: ClaimStatus
  /** US only: the claim's status identifier. */
  identifier: ClaimIdentifier | null
  /** The claim number as marked: a renumbered CN claim strikes its old number and underlines the new. */
  numberRuns: MarkupRun[]
  /** The claim's text as marked; empty for a canceled claim of a US listing. */
  runs: MarkupRun[]
}

export type MarkupLayout = 'cn-comparison' | 'us-claim-listing' | 'ep-marked-copy'

export interface AmendmentMarkup {
  layout: MarkupLayout
  claims: MarkedClaim[]
}

/** The claims a markup is made from, each with the id the editor keeps while it is edited and moved. */
export interface MarkupInput {
  /** The claims as filed; null when the application's filed version is not known. */
  filed: readonly ComparedClaim[] | null
  /** The claims the amendment starts from (as examined): what is struck through and underlined against. */
  examined: readonly ComparedClaim[]
  /** The claims as amended, in the order of the reply. */
  amended: readonly ComparedClaim[]
}

const LAYOUTS: Record<Jurisdiction, MarkupLayout> = { CN: 'cn-comparison', US: 'us-claim-listing', EP: 'ep-marked-copy' }

/**
 * The marked-up amendment an office expects. CN (修改对照页) and EP (marked-up copy): the claims
 * in their new order, each as amended with deletions struck through and insertions underlined, a
 * renumbered claim's old number struck and its new one underlined, a cancelled claim struck
 * through where it stood. US (37 CFR 1.121(c)): see usClaimListing.
 */
export function markUpAmendment(input: MarkupInput, jurisdiction: Jurisdiction): AmendmentMarkup {
  if (jurisdiction === 'US') return { layout: 'us-claim-listing', claims: usClaimListing(input) }
  const claims = compareClaims([...input.examined], [...input.amended]).map((comparison): MarkedClaim => ({
    number: comparison.number,
    previousNumber: comparison.previousNumber,
    status: comparison.status,
    identifier: null,
    numberRuns: numberRuns(comparison),
    runs: comparison.status === 'unchanged' ? [{ type: 'equal', text: comparison.text }] : readableDiff(comparison.segments),
  }))
  return { layout: LAYOUTS[jurisdiction], claims }
}

function numberRuns({ number, previousNumber }: ClaimComparison): MarkupRun[] {
  if (number === null) return [{ type: 'delete', text: String(previousNumber) }]
  if (previousNumber === null) return [{ type: 'insert', text: String(number) }]
  if (number === previousNumber) return [{ type: 'equal', text: String(number) }]
  return [
    { type: 'delete', text: String(previousNumber) },
    { type: 'insert', text: String(number) },
  ]
}

/**
 * 37 CFR 1.121(c): every claim examined or presented now, in the order of its number, numbers
 * kept (claims cancelled before the claims as examined are not known here). A claim
 * keeps the number it was examined under — however the reply's editor renumbered it — and its
 * references follow; a new claim takes the next number after the highest ever used. Currently
 * amended claims show insertions underlined and deletions struck through (five or fewer
 * characters in double brackets); new claims are not underlined; canceled claims carry no text;
 * unchanged claims are (Original), or (Previously presented) when they differ from the claims as filed.
 */
function usClaimListing(input: MarkupInput): MarkedClaim[] {
  const { filed, examined } = input
  const comparisons = compareClaims([...examined], [...input.amended])
  const listingNumber = usListingNumbersOf(input, comparisons)
  const filedText = (claim: ComparedClaim, number: number) =>
    (claim.id !== null ? filed?.find((c) => c.id === claim.id)?.text : undefined) ?? filed?.[number - 1]?.text
  const claims = comparisons.map((comparison): MarkedClaim => {
    const number = comparison.number === null ? comparison.previousNumber! : listingNumber.get(comparison.number)!
    const marked = (identifier: ClaimIdentifier, runs: MarkupRun[]): MarkedClaim => ({
      number,
      previousNumber: comparison.previousNumber,
      status: comparison.status,
      identifier,
      numberRuns: [{ type: 'equal', text: String(number) }],
      runs,
    })
    // A claim cancelled in an earlier reply stays "(Canceled)" in every listing after it.
    if (comparison.status === 'cancelled' || isCancellation(comparison.text)) return marked('canceled', [])
    const before = comparison.previousNumber === null ? null : examined[comparison.previousNumber - 1]!
    const text = referencesAsExamined(comparison.text, comparison.number!, listingNumber, before?.text ?? null)
    if (before === null) return marked('new', [{ type: 'equal', text }])
    if (!sameWording(before.text, text)) return marked('currently-amended', readableDiff(diffText(before.text, text)).map(bracketShortDeletion))
    const filedWording = filed === null ? undefined : filedText(before, comparison.previousNumber!)
    const asFiled = filed === null || (filedWording !== undefined && sameWording(filedWording, before.text))
    return marked(asFiled ? 'original' : 'previously-presented', [{ type: 'equal', text }])
  })
  return claims.sort((a, b) => a.number! - b.number!)
}

/**
 * The number each claim of a US reply is filed under, by its number in the reply (37 CFR 1.126:
 * claims are never renumbered). An examined claim keeps the number it was examined under,
 * wherever the reply has it — a claim cancelled in place ("(Canceled)") included; a new claim
 * takes the next number after `highestUsed`, in the reply's order. A claim deleted from the reply
 * has no number in it.
 */
export function usListingNumbers(comparisons: readonly ClaimComparison[], highestUsed: number): Map<number, number> {
  let nextNew = highestUsed + 1
  const listingNumber = new Map<number, number>()
  for (const comparison of comparisons) {
    if (comparison.number !== null) listingNumber.set(comparison.number, comparison.previousNumber ?? nextNew++)
  }
  return listingNumber
}

/** The number each claim of a reply is filed under in its US claim listing, by its number in the reply. */
export function usListingNumbersOf(
  { filed, examined, amended }: MarkupInput,
  comparisons: readonly ClaimComparison[] = compareClaims([...examined], [...amended]),
): Map<number, number> {
  return usListingNumbers(comparisons, Math.max(examined.length, filed?.length ?? 0))
}

/** 37 CFR 1.121(c)(2): five or fewer deleted characters may be shown in double brackets; the blanks around them stay outside. */
function bracketShortDeletion(segment: DiffSegment): MarkupRun {
  const word = segment.text.trim()
  if (segment.type !== 'delete' || word.length === 0 || word.length > 5) return { ...segment }
  const lead = segment.text.slice(0, segment.text.indexOf(word))
  const trail = segment.text.slice(segment.text.indexOf(word) + word.length)
  return { type: 'delete', text: `${lead}[[${word}]]${trail}`, brackets: true }
}
