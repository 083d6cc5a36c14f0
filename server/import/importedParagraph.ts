/** The number Word shows before a paragraph of a numbered list; level 0 is the list's top level. */
export interface ListNumber {
  level: number
  value: number
  /** The number as Word shows it: the level's lvlText, each %n written in its level's format ("a)", "iv.", "2.1"). */
  text: string
}

/** One paragraph of an imported file or pasted text, before it is given a place in a document. */
export interface ImportedParagraph {
  /** Its text; a line break inside the paragraph is "\n". */
  text: string
  /** Styled as a heading in Word (Heading 1…, Title). */
  heading: boolean
  /** Styled Title in Word: the document's title where it stands before the description. */
  title: boolean
  /** Word's list number, which is not part of the text: the paragraph's own numbering or its style's. Null when Word shows none. */
  listNumber: ListNumber | null
}

/**
 * A paragraph's text as Word shows it, its list number written in front ("1) 将原料混合", "[0005]
 * …"), trimmed: outside the claims a number is part of what the reader sees (a description's
 * steps, an office action's objections). A heading's number is left off: headings are read by
 * their words.
 */
export function shownText(paragraph: ImportedParagraph): string {
  const text = paragraph.text.trim()
  const number = paragraph.heading ? '' : (paragraph.listNumber?.text ?? '')
  return number && text ? `${number} ${text}` : text
}

/** Pasted text, one paragraph per line; blank lines separate nothing more. */
export const textParagraphs = (text: string): ImportedParagraph[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => ({ text: line, heading: false, title: false, listNumber: null }))
