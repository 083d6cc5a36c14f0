import type { ParagraphNumbering } from './wordNumbering'
import { descendant, firstChild, parseXml, valueAt, type XmlElement } from './xmlElements'

// The elements whose children mammoth reads (mammoth/lib/docx/body-reader.js), so where the
// paragraphs it finds are; w:sdt, w:tr and w:pict are read below with their own rules.
const READ_THROUGH = new Set([
  'w:r', 'w:hyperlink', 'w:tbl', 'w:tc', 'w:customXml', 'w:ins', 'w:moveTo', 'w:object', 'w:smartTag', 'w:drawing',
  'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect',
])

function properties(paragraph: XmlElement): ParagraphNumbering {
  const pPr = firstChild(paragraph, 'w:pPr')
  const numPr = firstChild(pPr, 'w:numPr')
  const numId = valueAt(numPr, 'w:numId')
  const ilvl = valueAt(numPr, 'w:ilvl')
  return {
    styleId: valueAt(pPr, 'w:pStyle') || null,
    numbering: numPr ? { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) } : null,
  }
}

/**
 * The body's paragraphs in the order mammoth gives them to readDocx, so that the two line up: a
 * paragraph whose mark is deleted joins the next; a text box's paragraphs (w:pict) follow the
 * paragraph they stand in, and paragraphs nested any other way are part of it; deleted rows,
 * deleted text and what mammoth does not read hold none.
 */
export function bodyParagraphs(documentXml: string): ParagraphNumbering[] {
  const found: ParagraphNumbering[] = []
  // The content of paragraphs whose mark is deleted, read as the start of the next paragraph.
  let joined: XmlElement[] = []
  // `separate`: a paragraph here is one of readDocx's; `enclosing`: whether the paragraph around is.
  const read = (children: readonly XmlElement[], separate: boolean, enclosing: boolean): void => {
    for (const child of children) {
      if (child.name === 'w:p') {
        if (descendant(child, 'w:pPr', 'w:rPr', 'w:del')) {
          joined.push(...child.children)
          continue
        }
        if (separate) found.push(properties(child))
        const content = [...joined, ...child.children]
        joined = []
        read(content, false, separate)
      } else if (child.name === 'w:pict') {
        read(child.children, enclosing, enclosing)
      } else if (child.name === 'w:sdt') {
        read(firstChild(child, 'w:sdtContent')?.children ?? [], separate, enclosing)
      } else if (child.name === 'w:tr') {
        if (!descendant(child, 'w:trPr', 'w:del')) read(child.children, separate, enclosing)
      } else if (READ_THROUGH.has(child.name)) {
        read(child.children, separate, enclosing)
      }
    }
  }
  read(descendant(parseXml(documentXml), 'w:document', 'w:body')?.children ?? [], true, true)
  return found
}
