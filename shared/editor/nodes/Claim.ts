import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

/**
 * One claim. Its `id` stays with it when claims move, so references to it can follow; ids are
 * made unique by the claimIds plugin. Line breaks inside a claim (elements, steps) are hard breaks.
 */
export const Claim = Node.create({
  name: 'claim',
  content: 'inline*',
  marks: '',
  defining: true,
  addAttributes: () => ({
    id: dataAttribute('id', 'claim-id', null),
  }),
  parseHTML: () => [{ tag: 'li[data-type="claim"]' }],
  renderHTML: ({ HTMLAttributes }) => ['li', { ...HTMLAttributes, 'data-type': 'claim', class: 'claim' }, 0],
})
