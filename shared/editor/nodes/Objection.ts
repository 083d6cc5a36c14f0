import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

/** The examiner's objections, one node each, in the order the office action raises them. */
export const ObjectionList = Node.create({
  name: 'objectionList',
  content: 'objection*',
  defining: true,
  isolating: true,
  parseHTML: () => [{ tag: 'div[data-type="objection-list"]' }],
  renderHTML: () => ['div', { 'data-type': 'objection-list', class: 'objection-list' }, 0],
})

/**
 * One objection: which claims, on which ground (A22.3, 35 USC 103, Art 56 EPC …), over which
 * cited documents — and the agent's argument against it as the content (DOMAIN.md rule 15: a
 * reply answers every ground raised).
 */
export const Objection = Node.create({
  name: 'objection',
  content: 'block+',
  defining: true,
  isolating: true,
  addAttributes: () => ({
    claims: dataAttribute('claims', 'claims'),
    ground: dataAttribute('ground', 'ground'),
    cited: dataAttribute('cited', 'cited'),
    // The inventive-step claim chart as JSON (claimChart.ts); empty for other grounds.
    chart: dataAttribute('chart', 'chart'),
  }),
  parseHTML: () => [{ tag: 'div[data-type="objection"]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-type': 'objection', class: 'objection' }, 0],
})
