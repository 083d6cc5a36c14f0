import mammoth from 'mammoth'
import { ApiError } from '../ApiError'
import { docxListNumbers } from './docxListNumbers'
import type { ImportedParagraph } from './importedParagraph'
import { isZip64, readZipDirectory, type ZipEntry } from './zipDirectory'

/** Most bytes a DOCX may unpack to: text documents stay far below; more is a zip bomb, not a patent. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte)

/** Whether a compound file holds a stream with this name (names are UTF-16LE in its directory). */
function holdsStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'))
}

/**
 * Refuses what is not a readable DOCX, before any of it is unpacked: an OLE compound file is
 * either a password-protected DOCX (Word keeps those as EncryptedPackage) or a Word 97–2003 .doc;
 * anything else must be a zip holding word/document.xml, with no encrypted entries and no more
 * than MAX_UNPACKED_BYTES declared. Answers the zip's entries.
 */
export function checkDocx(bytes: Uint8Array): ZipEntry[] {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (holdsStream(bytes, 'EncryptedPackage')) {
      throw new ApiError(422, 'docx_encrypted', 'the file is password-protected: remove the password in Word (File › Info › Protect Document) and upload it again')
    }
    throw new ApiError(415, 'not_docx', 'the file is a Word 97–2003 .doc or another Office file, not a DOCX: save it as .docx and upload it again')
  }
  const entries = startsWith(bytes, ZIP_SIGNATURE) ? readZipDirectory(bytes) : null
  if (!entries) throw new ApiError(415, 'not_docx', 'the file is not a DOCX (a Word document is a zip archive; this one is not)')
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ApiError(415, 'not_docx', 'the file is a zip archive but not a Word document (it has no word/document.xml)')
  }
  if (entries.some((entry) => (entry.flags & 1) === 1)) throw new ApiError(422, 'docx_encrypted', 'the file holds encrypted parts: remove the password and upload it again')
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (entries.some(isZip64) || unpacked > MAX_UNPACKED_BYTES) {
    throw new ApiError(413, 'too_large', `the DOCX unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; a text document is far smaller`)
  }
  return entries
}

/** The parts of mammoth's document model that carry text (its model is untyped). */
interface DocxElement {
  type: string
  children?: DocxElement[]
  value?: string
  breakType?: string
  styleId?: string | null
  styleName?: string | null
  numbering?: { level: string; isOrdered: boolean } | null
}

function paragraphText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? ''
    case 'tab':
      return '\t'
    case 'break':
      return element.breakType === 'line' ? '\n' : ''
    // Footnotes, comments and images are not part of the text an office reads in sequence.
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return ''
    default:
      return (element.children ?? []).map(paragraphText).join('')
  }
}

const HEADING_STYLE = /^(heading|title|subtitle|标题)/i
// Word writes its built-in style names in English whatever the language (a Chinese Word's Title has the id "a3").
const TITLE_STYLE = /^title$/i

/** The text of a table cell: its paragraphs, and the rows of a table inside it, on one line. */
function cellText(cell: DocxElement): string {
  const parts = (cell.children ?? []).map((child) => (child.type === 'table' ? (child.children ?? []).map(rowText).join(' ') : paragraphText(child)))
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

/** A table row as one paragraph, its cells apart by a tab: what the editor makes of a pasted table's row (client/editor/pastedTables.ts). */
const rowText = (row: DocxElement): string => (row.children ?? []).filter((cell) => cell.type === 'tableCell').map(cellText).join('\t')

/** What becomes one imported paragraph: a paragraph of the body, or a table's row (documents have no tables). */
type DocxBlock = { paragraph: DocxElement } | { row: DocxElement }

/** The blocks of a document in reading order, and all its paragraphs (table cells included), as docxListNumbers lines them up. */
function collectBlocks(element: DocxElement, blocks: DocxBlock[], paragraphs: DocxElement[]): void {
  if (element.type === 'paragraph') {
    blocks.push({ paragraph: element })
    paragraphs.push(element)
    return
  }
  if (element.type === 'tableRow') {
    blocks.push({ row: element })
    for (const cell of element.children ?? []) collectBlocks(cell, [], paragraphs)
    return
  }
  for (const child of element.children ?? []) collectBlocks(child, blocks, paragraphs)
}

/** The paragraphs of a DOCX in reading order, a table's row as one paragraph, after checkDocx. */
export async function readDocx(bytes: Uint8Array): Promise<ImportedParagraph[]> {
  const entries = checkDocx(bytes)
  const blocks: DocxBlock[] = []
  const paragraphs: DocxElement[] = []
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // The document model is all the import needs: take it, and leave mammoth no HTML to write.
        transformDocument: (document: DocxElement) => {
          collectBlocks(document, blocks, paragraphs)
          return { ...document, children: [] }
        },
      },
    )
  } catch (error) {
    throw new ApiError(415, 'not_docx', `the Word document cannot be read: ${error instanceof Error ? error.message : String(error)}`)
  }
  // Word's list numbering is not in the text; claims numbered that way need their numbers back.
  const listNumbers = docxListNumbers(bytes, entries, paragraphs)
  const numberOf = new Map(paragraphs.map((paragraph, i) => [paragraph, listNumbers[i] ?? null]))
  return blocks.map((block) => {
    if ('row' in block) return { text: rowText(block.row), heading: false, title: false, listNumber: null }
    const { paragraph } = block
    return {
      text: paragraphText(paragraph),
      heading: HEADING_STYLE.test(paragraph.styleName ?? ''),
      title: TITLE_STYLE.test(paragraph.styleName ?? paragraph.styleId ?? ''),
      listNumber: numberOf.get(paragraph) ?? null,
    }
  })
}
