import type { Jurisdiction } from '../claims/types'

/** The parts of a description (说明书), whatever their heading says. */
export type DescriptionPart = 'crossReference' | 'field' | 'background' | 'summary' | 'drawings' | 'embodiments'

/** Squeezes out spaces and a closing colon, lower-cases: "What is claimed is:" → "whatisclaimedis". */
export const headingKey = (text: string): string =>
  text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[:：.]$/, '')
    .toLowerCase()

/**
 * The headings of each part as the offices and agents write them (CN Implementing Rules Art. 20;
 * 37 CFR 1.77(b); EPC Rule 42), each in the spelling it is given back in: an all-capitals US
 * heading comes back in the case the editor's template uses.
 */
const HEADINGS: Record<DescriptionPart, readonly string[]> = {
  crossReference: ['Cross-Reference to Related Applications', 'Cross Reference to Related Applications'],
  field: ['技术领域', 'Technical Field', 'Field', 'Field of the Invention', 'Field of the Disclosure'],
  background: ['背景技术', 'Background', 'Background of the Invention', 'Background Art', 'Description of the Related Art'],
  summary: [
    '发明内容', '实用新型内容', 'Summary', 'Summary of the Invention', 'Summary of Invention', 'Brief Summary',
    'Brief Summary of the Invention', 'Summary of the Disclosure',
  ],
  drawings: [
    '附图说明', 'Brief Description of the Drawings', 'Brief Description of Drawings', 'Description of the Drawings',
    'Brief Description of the Several Views of the Drawings',
  ],
  embodiments: [
    '具体实施方式', '具体实施例', 'Detailed Description', 'Detailed Description of the Invention',
    'Detailed Description of the Embodiments', 'Detailed Description of the Preferred Embodiments', 'Description of Embodiments',
  ],
}

/** One part of an office's outline: the part, the heading a new document gives it, and whether the office asks for it. */
export interface OutlinePart {
  part: DescriptionPart
  heading: string
  /** The office lists the part but does not ask for a heading of its own (the US field, MPEP 608.01(c)). */
  optional?: true
  /** Asked for only when the application has drawings (CN Implementing Rules Art. 20(3)). */
  withDrawings?: true
}

/** The parts a description has, in the order each office asks for them. */
export const DESCRIPTION_OUTLINE: Record<Jurisdiction, readonly OutlinePart[]> = {
  CN: [
    { part: 'field', heading: '技术领域' },
    { part: 'background', heading: '背景技术' },
    { part: 'summary', heading: '发明内容' },
    { part: 'drawings', heading: '附图说明', withDrawings: true },
    { part: 'embodiments', heading: '具体实施方式' },
  ],
  US: [
    { part: 'field', heading: 'Technical Field', optional: true },
    { part: 'background', heading: 'Background' },
    { part: 'summary', heading: 'Summary' },
    { part: 'drawings', heading: 'Brief Description of the Drawings', withDrawings: true },
    { part: 'embodiments', heading: 'Detailed Description' },
  ],
  EP: [
    { part: 'field', heading: 'Technical Field' },
    { part: 'background', heading: 'Background Art' },
    { part: 'summary', heading: 'Summary of Invention' },
    { part: 'drawings', heading: 'Brief Description of Drawings', withDrawings: true },
    { part: 'embodiments', heading: 'Description of Embodiments' },
  ],
}

/** "[0001]", "【0001】", "［0001］" before a paragraph: the office's paragraph number, not the applicant's text. */
const PARAGRAPH_NUMBER = /^[\s\u3000]*[[【［]\s*[0-9０-９]{1,5}\s*[\]】］][\s\u3000]*/

/** How many characters of a paragraph its office paragraph number takes (0 without one): an export numbers paragraphs again. */
export const paragraphNumberLength = (text: string): number => PARAGRAPH_NUMBER.exec(text)?.[0].length ?? 0

// "一、" "1." "(1)" "（一）" before a heading.
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]\s*|[（(][一二三四五六七八九十0-9]+[)）])/

const BY_KEY = new Map(
  (Object.entries(HEADINGS) as [DescriptionPart, readonly string[]][]).flatMap(([part, headings]) =>
    headings.map((heading) => [headingKey(heading), { part, heading }] as const),
  ),
)

/** The part a line heads and its heading's usual spelling, or null when the line is not a part's heading. */
export function descriptionHeading(text: string): { part: DescriptionPart; heading: string } | null {
  if (text.length > 60) return null
  return BY_KEY.get(headingKey(text.trim().replace(HEADING_NUMBER, ''))) ?? null
}
