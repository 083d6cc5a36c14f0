/** One paragraph of an imported file or pasted text, before it is given a place in a document. */
export interface ImportedParagraph {
  /** Its text; a line break inside the paragraph is "\n". */
  text: string
  /** Styled as a heading in Word (Heading 1…, Title). */
  heading: boolean
  /** An item of a Word numbered list at the top level, whose number is not part of the text. */
  numberedByWord: boolean
}

/** Pasted text, one paragraph per line; blank lines separate nothing more. */
export const textParagraphs = (text: string): ImportedParagraph[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => ({ text: line, heading: false, numberedByWord: false }))
