import type { JSONContent } from '@tiptap/core'
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

/** A claim list; each claim's text may hold line breaks, which become hard breaks. */
export const claimList = (claims: string[], role = 'claims'): JSONContent => ({
  type: 'claimList',
  attrs: { role },
  content: (claims.length > 0 ? claims : ['']).map((claim) => ({
    type: 'claim',
    attrs: { id: newClaimId() },
    content: claim
      .split('\n')
      .flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...text(line)]),
  })),
})

export const officeAction = (actionType: string, issueDate: string, cited: string[]): JSONContent => ({
  type: 'officeAction',
  attrs: { actionType, issueDate },
  content: cited.map((citation) => ({ type: 'citedDocument', content: text(citation) })),
})

export interface ObjectionContent {
  claims: string
  ground: string
  cited: string
  argument: string[]
}

export const objectionList = (objections: ObjectionContent[]): JSONContent => ({
  type: 'objectionList',
  content: objections.map((o) => ({
    type: 'objection',
    attrs: { claims: o.claims, ground: o.ground, cited: o.cited },
    content: (o.argument.length > 0 ? o.argument : ['']).map((line) => paragraph(line)),
  })),
})

export const patentDocument = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })
