import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

export interface ClaimListOptions {
  /** The heading shown above a list of this role, in the reader's language; none by default. */
  labelFor: (role: string) => string
}

/**
 * The numbered claims. Claims are numbered by their order — the number is never part of the
 * text — so moving or deleting one renumbers the rest. `role` tells the claims of a claim set
 * from the amended claims of an office-action reply. The amended claims keep `baseline`: the
 * claims they started from (JSON, see claimBaseline.ts), which tells amended claims from unchanged ones.
 */
export const ClaimList = Node.create<ClaimListOptions>({
  name: 'claimList',
  content: 'claim+',
  defining: true,
  isolating: true,
  addOptions: () => ({ labelFor: () => '' }),
  addAttributes: () => ({
    role: dataAttribute('role', 'role', 'claims'),
    baseline: dataAttribute('baseline', 'baseline'),
  }),
  parseHTML: () => [{ tag: 'ol[data-type="claim-list"]' }],
  renderHTML({ node, HTMLAttributes }) {
    // The baseline is for the checker, not for the page.
    const { 'data-baseline': _baseline, ...attributes } = HTMLAttributes
    const label = this.options.labelFor(node.attrs.role as string)
    return ['ol', { ...attributes, 'data-type': 'claim-list', class: 'claim-list', ...(label ? { 'data-label': label } : {}) }, 0]
  },
})
