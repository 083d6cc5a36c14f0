import type { JSONContent } from '@tiptap/core'
import { subheading } from '../../shared/editor/documentBuilders'
import { headingKey } from './applicationParts'
import type { ImportedParagraph } from './importedParagraph'

/**
 * The headings of a description's parts as the offices and agents write them (CN Implementing
 * Rules Art. 20; 37 CFR 1.77(b); EPC Rule 42), each with the spelling it is given back in: an
 * all-capitals US heading comes back in the case the editor's template uses.
 */
const DESCRIPTION_HEADINGS = [
  '技术领域', '背景技术', '发明内容', '实用新型内容', '附图说明', '具体实施方式', '具体实施例',
  'Technical Field', 'Field', 'Field of the Invention', 'Background', 'Background of the Invention', 'Background Art',
  'Summary', 'Summary of the Invention', 'Summary of Invention', 'Brief Description of the Drawings',
  'Brief Description of Drawings', 'Detailed Description', 'Detailed Description of the Invention',
  'Detailed Description of the Embodiments', 'Description of Embodiments', 'Cross-Reference to Related Applications',
]

// "一、" "1." "(1)" "（一）" before a heading.
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]\s*|[（(][一二三四五六七八九十0-9]+[)）])/

const CANONICAL_HEADING = new Map(DESCRIPTION_HEADINGS.map((heading) => [headingKey(heading), heading]))

/** The canonical spelling of a description heading, or null when the text is not one. */
export function descriptionHeading(text: string): string | null {
  if (text.length > 60) return null
  return CANONICAL_HEADING.get(headingKey(text.replace(HEADING_NUMBER, ''))) ?? null
}

/** "[0001]", "【0001】", "［0001］" before a paragraph: the office's paragraph number, not the applicant's text. */
const PARAGRAPH_NUMBER = /^[\s\u3000]*[[【［]\s*[0-9０-９]{1,5}\s*[\]】］][\s\u3000]*/

export const withoutParagraphNumber = (text: string): string => text.replace(PARAGRAPH_NUMBER, '')

// A title is one short line that does not end a sentence.
const SENTENCE_END = /[。．.;；:：,，]$/

/** A paragraph with its line breaks as hard breaks. */
export function paragraphWithBreaks(text: string): JSONContent {
  const content = text.split('\n').flatMap((line, index): JSONContent[] => [
    ...(index > 0 ? [{ type: 'hardBreak' }] : []),
    ...(line ? [{ type: 'text', text: line }] : []),
  ])
  return { type: 'paragraph', content }
}

export interface ImportedDescription {
  /** The invention's title, when the description opens with it as offices print it. */
  title: string | null
  blocks: JSONContent[]
  paragraphs: number
}

/**
 * A description's paragraphs as editor blocks: the office's paragraph numbers dropped (the export
 * numbers them again), known part headings and paragraphs Word styles as headings made headings,
 * and an opening short line taken as the invention's title.
 */
export function descriptionBlocks(paragraphs: readonly ImportedParagraph[]): ImportedDescription {
  const blocks: JSONContent[] = []
  let title: string | null = null
  let count = 0
  for (const paragraph of paragraphs) {
    const text = withoutParagraphNumber(paragraph.text).trim()
    if (!text) continue
    const numbered = text !== paragraph.text.trim()
    const heading = descriptionHeading(text)
    if (heading || (paragraph.heading && !numbered && text.length <= 120)) {
      blocks.push(subheading(heading ?? text))
    } else if (blocks.length === 0 && title === null && !numbered && text.length <= 120 && !text.includes('\n') && !SENTENCE_END.test(text)) {
      title = text
    } else {
      blocks.push(paragraphWithBreaks(text))
      count++
    }
  }
  return { title, blocks, paragraphs: count }
}
