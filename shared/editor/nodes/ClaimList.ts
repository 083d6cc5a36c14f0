import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

/**
 * The numbered claims. Claims are numbered by their order — the number is never part of the
 * text — so moving or deleting one renumbers the rest. `role` tells the claims of a claim set
 * from the amended claims of an office-action reply. The amended claims keep `baseline`: the
 * claims they started from (JSON, see claimBaseline.ts), which tells amended claims from unchanged ones.
 */
export const ClaimList = Node.create({
  name: 'claimList',
  content: 'claim+',
  defining: true,
  isolating: true,
  addAttributes: () => ({
    role: dataAttribute('role', 'role', 'claims'),
    baseline: dataAttribute('baseline', 'baseline'),
  }),
  parseHTML: () => [{ tag: 'ol[data-type="claim-list"]' }],
  renderHTML: ({ HTMLAttributes }) => ['ol', { ...HTMLAttributes, 'data-type': 'claim-list', class: 'claim-list' }, 0],
})
