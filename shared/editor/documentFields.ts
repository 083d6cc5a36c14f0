import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model'

/**
 * The parts of a document a person fills in, each under a heading or a form of its own: a
 * disclosure field or other section, the claims, the title, one cited document, one objection.
 * Editing changes what is inside them; which of them a document has is its structure.
 */
const FIELDS = new Set(['section', 'claimList', 'documentTitle', 'citedDocument', 'objection'])

/**
 * Meta of a transaction that adds, moves or removes fields on purpose (an objection added from
 * its button, a cited document removed): the editor's field guard lets only these change the
 * document's structure.
 */
export const RESTRUCTURES = 'claimroom.restructures'

export const isField = (node: ProseMirrorNode): boolean => FIELDS.has(node.type.name)

/** The depth of the field a position lies in, or 0 when it lies between fields. */
export function fieldDepth($pos: ResolvedPos): number {
  for (let depth = $pos.depth; depth > 0; depth--) if (isField($pos.node(depth))) return depth
  return 0
}

/**
 * The document's fields in order, each as its type and, for a section, its key: two documents
 * with the same outline differ only inside their fields. Fields are not entered, so this costs
 * a step per field, not per paragraph.
 */
export function fieldOutline(doc: ProseMirrorNode): string[] {
  const outline: string[] = []
  const visit = (node: ProseMirrorNode) =>
    node.forEach((child) => {
      if (isField(child)) outline.push(child.type.name === 'section' ? `section:${String(child.attrs.field)}` : child.type.name)
      else if (!child.isTextblock && !child.isLeaf) {
        outline.push(child.type.name)
        visit(child)
      }
    })
  visit(doc)
  return outline
}
