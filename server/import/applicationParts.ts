import { splitClaims } from '../../shared/claims/splitClaims'
import { partHeadedBy, type ApplicationPart } from '../../shared/editor/ClaimPaste'
import type { ImportedParagraph } from './importedParagraph'

export interface SplitApplication {
  /** Paragraphs before the first part heading. */
  lead: ImportedParagraph[]
  parts: Record<ApplicationPart, ImportedParagraph[]>
}

/** Cuts an application into its parts at their headings; a part headed twice (two pages of claims) is joined. */
export function splitApplication(paragraphs: readonly ImportedParagraph[]): SplitApplication {
  const split: SplitApplication = { lead: [], parts: { claims: [], description: [], abstract: [], remarks: [] } }
  let current: ImportedParagraph[] = split.lead
  for (const paragraph of paragraphs) {
    const part = partHeadedBy(paragraph.text.trim())
    if (part) current = split.parts[part]
    else current.push(paragraph)
  }
  return split
}

/** Whether Word numbers a paragraph at the top of a list, as it numbers claims; a numbered heading is not a claim. */
const numberedAsClaim = (paragraph: ImportedParagraph): boolean => paragraph.listNumber?.level === 0 && !paragraph.heading

/** Whether a paragraph starts with claim 1 as splitClaims reads it: "1.", "1、", "(1) 一种…". */
function startsWithClaimOne(text: string): boolean {
  const claim = splitClaims(text.trimStart())[0]
  return claim?.number === 1 && text.trimStart().startsWith(claim.text)
}

/** Whether paragraphs open with claim 1, typed or numbered by Word. */
export function opensWithClaim(paragraphs: readonly ImportedParagraph[]): boolean {
  const first = paragraphs.find((p) => p.text.trim())
  return first !== undefined && (numberedAsClaim(first) || startsWithClaimOne(first.text))
}

/** A paragraph as a line of claims text, with the number Word shows before it. */
function claimsLine(paragraph: ImportedParagraph): string {
  const number = paragraph.heading ? null : paragraph.listNumber
  if (!number) return paragraph.text
  // A claim's number as splitClaims reads it, whatever Word's lvlText ("Claim %1", "%1)"); a step's as Word shows it ("a)"), which splitClaims leaves in its claim.
  const shown = number.level === 0 ? `${number.value}.` : number.text
  return shown ? `${shown} ${paragraph.text.trim()}` : paragraph.text
}

/** The claims as the plain text splitClaims reads: one line per paragraph, Word's list numbers written back in as Word shows them. */
export function claimsText(paragraphs: readonly ImportedParagraph[]): string {
  return paragraphs
    .filter((p) => p.text.trim())
    .map(claimsLine)
    .join('\n')
}
