import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { readClaimBaseline, type ClaimBaseline } from './claimBaseline'
import { LOST_REFERENCES, readLostReferences, type LostReference } from './lostReferences'

/** One claim as the editor holds it: its position in the document and its text. */
export interface EditorClaim {
  id: string | null
  number: number
  /** Document position of the claim node; character i of `text` is at `pos + 1 + i`. */
  pos: number
  text: string
  /** Numbers in its references written for claims since deleted. */
  lostReferences: LostReference[]
}

export interface EditorClaimList {
  role: string
  pos: number
  claims: EditorClaim[]
  /** For the amended claims of a reply: the claims they started from. */
  baseline: ClaimBaseline | null
}

/** A stretch of plain text from the document, with the position of every character. */
export interface LocatedText {
  text: string
  /** Whether any paragraph holds text: a template's headings alone are not content. */
  hasProse: boolean
  /** Document position of each character; a line break between blocks has the position of the break. */
  positionAt(offset: number): number
}

export interface PatentDocumentContent {
  title: LocatedText
  claimLists: EditorClaimList[]
  sections: Map<string, LocatedText>
  officeAction: ReadOfficeAction | null
  objections: ReadObjection[]
}

export interface ReadOfficeAction {
  actionType: string
  issueDate: string
  /** Which action of the application it is (2: 第二次审查意见通知书); absent when not said. */
  round?: number
  cited: string[]
  citedDocuments: ReadCitedDocument[]
}

export interface ReadCitedDocument {
  /** How the office names it besides its D-number (a US reference's first inventor); absent when none is given. */
  name?: string
  number: string
  title: string
  passages: string
  /** Where the cited document's node starts in the document. */
  pos: number
}

export interface ReadObjection {
  claims: string
  ground: string
  cited: string
  argument: string
  /** Document position of the objection node. */
  pos: number
}

/** The plain text of a claim: text as is, hard breaks as line breaks, one character per position. */
function claimText(claim: ProseMirrorNode): string {
  let text = ''
  claim.forEach((child) => {
    text += child.isText ? child.text! : child.type.name === 'hardBreak' ? '\n' : '\uFFFC'
  })
  return text
}

function readClaimList(list: ProseMirrorNode, pos: number): EditorClaimList {
  const claims: EditorClaim[] = []
  list.forEach((claim, offset, index) => {
    claims.push({
      id: claim.attrs.id as string | null,
      number: index + 1,
      pos: pos + 1 + offset,
      text: claimText(claim),
      lostReferences: readLostReferences(claim.attrs[LOST_REFERENCES]),
    })
  })
  return { role: list.attrs.role as string, pos, claims, baseline: readClaimBaseline(list.attrs.baseline) }
}

/** The claim lists of a document, without reading anything else (for work on every keystroke). */
export function readClaimLists(doc: ProseMirrorNode): EditorClaimList[] {
  const lists: EditorClaimList[] = []
  doc.forEach((node, offset) => {
    if (node.type.name === 'claimList') lists.push(readClaimList(node, offset))
  })
  return lists
}

/** The text of a node's textblocks joined by line breaks, keeping each character's position. */
export function locateText(node: ProseMirrorNode, pos: number): LocatedText {
  const chunks: { offset: number; pos: number; length: number }[] = []
  let text = ''
  let hasProse = false
  node.descendants((child, childPos) => {
    if (child.isTextblock) {
      if (text.length > 0) text += '\n'
      if (child.type.name !== 'heading' && child.content.size > 0) hasProse = true
      return true
    }
    if (child.isText) {
      chunks.push({ offset: text.length, pos: pos + 1 + childPos, length: child.text!.length })
      text += child.text!
    } else if (child.type.name === 'hardBreak') {
      text += '\n'
    }
    // Lists and quotes (pasted from Word, or from before "1. " stayed text) hold textblocks too.
    return !child.isInline
  })
  return {
    text,
    hasProse,
    positionAt(offset) {
      let low = 0
      let high = chunks.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (chunks[mid]!.offset <= offset) low = mid
        else high = mid - 1
      }
      const chunk = chunks[low]
      if (!chunk) return pos + 1
      return chunk.pos + Math.min(offset - chunk.offset, chunk.length)
    },
  }
}

/**
 * Reads a patent document through its schema into what the checker needs: title, numbered
 * claims, sections by field, office action and objections. Pure: the editor and the server
 * both call it.
 */
export function readPatentDocument(doc: ProseMirrorNode): PatentDocumentContent {
  const content: PatentDocumentContent = {
    title: { text: '', hasProse: false, positionAt: () => 0 },
    claimLists: [],
    sections: new Map(),
    officeAction: null,
    objections: [],
  }
  doc.forEach((node, offset) => {
    switch (node.type.name) {
      case 'documentTitle':
        content.title = titleText(node, offset)
        break
      case 'claimList':
        content.claimLists.push(readClaimList(node, offset))
        break
      case 'section':
        content.sections.set(node.attrs.field as string, locateText(node, offset))
        break
      case 'officeAction': {
        const citedDocuments: ReadCitedDocument[] = []
        node.forEach((child, childOffset) =>
          citedDocuments.push({
            ...(typeof child.attrs.name === 'string' && child.attrs.name.trim() ? { name: child.attrs.name.trim() } : {}),
            number: child.attrs.number as string,
            title: child.textContent,
            passages: child.attrs.passages as string,
            pos: offset + 1 + childOffset,
          }),
        )
        const round = actionRound(node.attrs.round)
        content.officeAction = {
          actionType: node.attrs.actionType as string,
          issueDate: node.attrs.issueDate as string,
          ...(round === null ? {} : { round }),
          cited: citedDocuments.map((d) => [d.number, d.title].filter(Boolean).join(' ')),
          citedDocuments,
        }
        break
      }
      case 'objectionList':
        node.forEach((objection, objectionOffset) =>
          content.objections.push({
            claims: objection.attrs.claims as string,
            ground: objection.attrs.ground as string,
            cited: objection.attrs.cited as string,
            argument: locateText(objection, offset + 1 + objectionOffset).text,
            pos: offset + 1 + objectionOffset,
          }),
        )
        break
    }
  })
  return content
}

/** The `round` attribute as a number: "2" → 2; empty or anything else (replies stored before it existed) → null. */
export function actionRound(attribute: unknown): number | null {
  const value = typeof attribute === 'number' ? attribute : typeof attribute === 'string' && /^\s*\d{1,3}\s*$/.test(attribute) ? Number(attribute) : NaN
  return Number.isInteger(value) && value >= 1 ? value : null
}

function titleText(node: ProseMirrorNode, pos: number): LocatedText {
  return { text: node.textContent, hasProse: node.content.size > 0, positionAt: (offset) => pos + 1 + offset }
}
