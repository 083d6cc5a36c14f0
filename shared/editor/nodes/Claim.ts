import { Node } from '@tiptap/core'
import { LOST_REFERENCES } from '../lostReferences'
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
    // What the claim's references lost to deleted claims (lostReferences.ts): neither copied with
    // the text nor given to the second half of a claim split in two.
    [LOST_REFERENCES]: { default: '', rendered: false, keepOnSplit: false },
  }),
  parseHTML: () => [{ tag: 'li[data-type="claim"]' }],
  renderHTML: ({ HTMLAttributes }) => ['li', { ...HTMLAttributes, 'data-type': 'claim', class: 'claim' }, 0],
})
