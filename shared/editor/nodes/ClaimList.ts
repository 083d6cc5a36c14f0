import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

/**
 * The numbered claims. Claims are numbered by their order — the number is never part of the
 * text — so moving or deleting one renumbers the rest. `role` tells the claims of a claim set
 * from the amended claims of an office-action reply.
 */
export const ClaimList = Node.create({
  name: 'claimList',
  content: 'claim+',
  defining: true,
  isolating: true,
  addAttributes: () => ({
    role: dataAttribute('role', 'role', 'claims'),
  }),
  parseHTML: () => [{ tag: 'ol[data-type="claim-list"]' }],
  renderHTML: ({ HTMLAttributes }) => ['ol', { ...HTMLAttributes, 'data-type': 'claim-list', class: 'claim-list' }, 0],
})
