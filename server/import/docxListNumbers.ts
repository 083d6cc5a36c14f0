import { bodyParagraphs } from './bodyParagraphs'
import type { ListNumber } from './importedParagraph'
import { WordLists } from './wordNumbering'
import { parseXml } from './xmlElements'
import { unzipEntry, type ZipEntry } from './zipDirectory'

/** A paragraph as mammoth reads it: its style, and the list level of its own numbering. */
export interface MammothParagraph {
  styleId?: string | null
  numbering?: { level: string; isOrdered: boolean } | null
}

/** The text of a part of the DOCX, or null when it has none or it cannot be unpacked. */
function partText(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): string | null {
  const entry = entries.find((e) => e.name === name)
  if (!entry) return null
  try {
    return new TextDecoder().decode(unzipEntry(bytes, entry)).replace(/^\uFEFF/, '')
  } catch {
    return null
  }
}

/** Where the main document's relationships put its styles and lists; Word's own names otherwise. */
function listParts(relationships: string | null): { styles: string; numbering: string } {
  const parts = { styles: 'word/styles.xml', numbering: 'word/numbering.xml' }
  for (const relationship of parseXml(relationships ?? '').children[0]?.children ?? []) {
    const type = relationship.attributes.Type?.split('/').pop()
    const target = relationship.attributes.Target
    if ((type === 'styles' || type === 'numbering') && target && relationship.attributes.TargetMode !== 'External') {
      parts[type] = target.startsWith('/') ? target.slice(1) : `word/${target}`
    }
  }
  return parts
}

/**
 * Word's list numbers for the paragraphs mammoth read from a DOCX, whose entries checkDocx has
 * passed. Mammoth reads a paragraph's own numbering but not the numbering its style gives it,
 * nor which list it counts in, so the numbers are read from the XML; should its paragraphs not
 * line up with mammoth's, mammoth's own reading is numbered in order instead.
 */
export function docxListNumbers(bytes: Uint8Array, entries: readonly ZipEntry[], paragraphs: readonly MammothParagraph[]): (ListNumber | null)[] {
  try {
    const body = bodyParagraphs(partText(bytes, entries, 'word/document.xml') ?? '')
    if (body.length === paragraphs.length && body.every((paragraph, i) => paragraph.styleId === (paragraphs[i]!.styleId || null))) {
      const parts = listParts(partText(bytes, entries, 'word/_rels/document.xml.rels'))
      return new WordLists(partText(bytes, entries, parts.styles), partText(bytes, entries, parts.numbering)).listNumbers(body)
    }
  } catch {
    // XML mammoth could read but this reader cannot (a character reference beyond Unicode, say):
    // the numbers mammoth gives are better than refusing the file.
  }
  let count = 0
  return paragraphs.map((paragraph) => {
    if (!paragraph.numbering?.isOrdered || paragraph.numbering.level !== '0') return null
    count++
    return { level: 0, value: count, text: `${count}.` }
  })
}
