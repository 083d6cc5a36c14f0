import type { JSONContent } from '@tiptap/core'
import { subheading } from '../../shared/editor/documentBuilders'
import { descriptionHeading, paragraphNumberLength } from '../../shared/rules/descriptionOutline'
import { shownText, type ImportedParagraph } from './importedParagraph'

/** A paragraph without the office's paragraph number ("[0001]", "【0001】"): the export numbers paragraphs again. */
export const withoutParagraphNumber = (text: string): string => text.slice(paragraphNumberLength(text))

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
 * and an opening paragraph styled Title, or an opening short line, taken as the invention's title.
 */
export function descriptionBlocks(paragraphs: readonly ImportedParagraph[]): ImportedDescription {
  const blocks: JSONContent[] = []
  let title: string | null = null
  let count = 0
  for (const paragraph of paragraphs) {
    const shown = shownText(paragraph)
    const text = withoutParagraphNumber(shown).trim()
    if (!text) continue
    const numbered = text !== shown
    const heading = descriptionHeading(text)?.heading
    // A title styled as one is the document's, whatever its length, not a heading in the description.
    if (paragraph.title && blocks.length === 0 && title === null) {
      title = text
    } else if (heading || (paragraph.heading && !numbered && text.length <= 120)) {
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
