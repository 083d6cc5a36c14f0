import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

export interface SectionOptions {
  /** The heading shown for a field key, in the reader's language; the schema itself needs none. */
  labelFor: (field: string) => string
}

/**
 * A named part of a document: a disclosure field, the abstract, the description, an argument.
 * `field` is a stable key (`technicalProblem`, `abstract`, `description`) that rules and
 * findings refer to; the visible heading comes from `labelFor`, so it follows the language.
 */
export const Section = Node.create<SectionOptions>({
  name: 'section',
  content: 'block+',
  defining: true,
  isolating: true,
  addOptions: () => ({ labelFor: (field: string) => field }),
  addAttributes: () => ({
    field: dataAttribute('field', 'field', 'notes'),
  }),
  parseHTML: () => [{ tag: 'section[data-field]' }],
  renderHTML({ node, HTMLAttributes }) {
    return ['section', { ...HTMLAttributes, class: 'doc-section', 'data-label': this.options.labelFor(node.attrs.field) }, 0]
  },
})
