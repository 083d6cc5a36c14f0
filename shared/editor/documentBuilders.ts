import type { JSONContent } from '@tiptap/core'
import { writeClaimBaseline, type BaselineClaim, type ClaimBaseline } from './claimBaseline'
import { newClaimId } from './claimIds'

/** Small builders for document content in the schema of documentExtensions(). */
export const text = (value: string): JSONContent[] => (value ? [{ type: 'text', text: value }] : [])

export const paragraph = (value = ''): JSONContent => ({ type: 'paragraph', content: text(value) })

export const subheading = (value: string): JSONContent => ({ type: 'heading', attrs: { level: 3 }, content: text(value) })

export const documentTitle = (value: string): JSONContent => ({ type: 'documentTitle', content: text(value) })

/** A section; strings become paragraphs, other blocks are taken as they are. */
export const section = (field: string, blocks: (string | JSONContent)[] = ['']): JSONContent => ({
  type: 'section',
  attrs: { field },
  content: blocks.map((block) => (typeof block === 'string' ? paragraph(block) : block)),
})

/** One claim; its text may hold line breaks, which become hard breaks. A claim keeps its id when one is given. */
export const claim = (value: string | BaselineClaim): JSONContent => {
  const { id, text: claimText } = typeof value === 'string' ? { id: newClaimId(), text: value } : value
  return {
    type: 'claim',
    attrs: { id },
    content: claimText.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...text(line)]),
  }
}

/** A claim list; an empty one holds one empty claim to type in. */
export const claimList = (claims: (string | BaselineClaim)[], role = 'claims', baseline?: ClaimBaseline): JSONContent => ({
  type: 'claimList',
  attrs: { role, ...(baseline ? { baseline: writeClaimBaseline(baseline) } : {}) },
  content: (claims.length > 0 ? claims : ['']).map(claim),
})

/** A cited document: its publication number, title and the passages the examiner relies on. */
export interface CitedDocumentContent {
  /** How the office names it besides its D-number: a US reference by its first inventor ("Smith"). */
  name?: string
  number: string
  title: string
  passages: string
}

/** A cited document; a plain string is taken as its title. */
export const citedDocument = (cited: string | Partial<CitedDocumentContent>): JSONContent => {
  const { name = '', number = '', title = '', passages = '' } = typeof cited === 'string' ? { title: cited } : cited
  return { type: 'citedDocument', attrs: { name, number, passages }, content: text(title) }
}

/** The office action; `round` is which action of the application it is (2 for 第二次审查意见通知书), when known. */
export const officeAction = (actionType: string, issueDate: string, cited: (string | Partial<CitedDocumentContent>)[], round: number | null = null): JSONContent => ({
  type: 'officeAction',
  attrs: { actionType, issueDate, round: round === null ? '' : String(round) },
  content: cited.map(citedDocument),
})

export interface ObjectionContent {
  claims: string
  ground: string
  cited: string
  argument: string[]
}

export const objection = (o: ObjectionContent): JSONContent => ({
  type: 'objection',
  attrs: { claims: o.claims, ground: o.ground, cited: o.cited },
  content: (o.argument.length > 0 ? o.argument : ['']).map((line) => paragraph(line)),
})

export const objectionList = (objections: ObjectionContent[]): JSONContent => ({
  type: 'objectionList',
  content: objections.map(objection),
})

export const patentDocument = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })
