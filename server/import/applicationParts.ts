import { headingKey } from '../../shared/rules/descriptionOutline'
import type { ImportedParagraph } from './importedParagraph'

export type ApplicationPart = 'claims' | 'description' | 'abstract' | 'remarks'

/**
 * How offices and agents head the parts of an application and a reply's claims: the CNIPA forms,
 * the US lead-ins of 37 CFR 1.75(h) and the EPO's headings; and a US reply's remarks, which follow
 * its claim listing.
 */
const PART_HEADINGS: Record<ApplicationPart, string[]> = {
  claims: [
    '权利要求书', '权利要求', '修改后的权利要求书', '权利要求书（修改后）', '权利要求书(修改后)', '权利要求书（替换页）', '权利要求书(替换页)',
    'claims', 'claim', 'what is claimed is', 'what is claimed', 'we claim', 'i claim', 'the invention claimed is',
    'amended claims', 'listing of claims', 'claim listing', 'amendments to the claims', 'patent claims',
  ],
  description: ['说明书', 'description', 'specification'],
  abstract: ['说明书摘要', '摘要', 'abstract', 'abstract of the disclosure'],
  remarks: ['remarks', 'remarks/arguments', 'remarks and arguments'],
}

const PART_BY_KEY = new Map(
  (Object.entries(PART_HEADINGS) as [ApplicationPart, string[]][]).flatMap(([part, headings]) => headings.map((h) => [headingKey(h), part] as const)),
)

/** The part a paragraph heads, when it is nothing but a part's heading. */
export function partHeadedBy(text: string): ApplicationPart | null {
  if (text.length > 60) return null
  return PART_BY_KEY.get(headingKey(text)) ?? null
}

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

// "1." "1、" "1．" at the start: what splitClaims takes for the first claim.
const FIRST_CLAIM = /^[\s\u3000]*(?:权利要求\s*|claim\s+)?[1１]\s*[.．、]/i

/** Whether Word numbers a paragraph at the top of a list, as it numbers claims; a numbered heading is not a claim. */
const numberedAsClaim = (paragraph: ImportedParagraph): boolean => paragraph.listNumber?.level === 0 && !paragraph.heading

/** Whether paragraphs open with claim 1, typed or numbered by Word. */
export function opensWithClaim(paragraphs: readonly ImportedParagraph[]): boolean {
  const first = paragraphs.find((p) => p.text.trim())
  return first !== undefined && (numberedAsClaim(first) || FIRST_CLAIM.test(first.text))
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
