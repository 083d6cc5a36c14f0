import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

/**
 * The office action a reply answers: its kind and issue date (from which the reply deadline is
 * computed) and the documents it cites, D1…Dn by their order.
 */
export const OfficeAction = Node.create({
  name: 'officeAction',
  content: 'citedDocument*',
  defining: true,
  isolating: true,
  addAttributes: () => ({
    actionType: dataAttribute('actionType', 'action-type', 'first'),
    issueDate: dataAttribute('issueDate', 'issue-date'),
  }),
  parseHTML: () => [{ tag: 'div[data-type="office-action"]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-type': 'office-action', class: 'office-action' }, ['ol', { class: 'cited-documents' }, 0]],
})

/**
 * A document the examiner cites (对比文件); its label D1, D2 … comes from its position. Its text
 * is the document's title, so that two people can type in it at once; the publication number and
 * the relevant passages are attributes. Replies written before those attributes existed hold the
 * whole citation as the text, and read on as they were.
 */
export const CitedDocument = Node.create({
  name: 'citedDocument',
  content: 'text*',
  marks: '',
  addAttributes: () => ({
    number: dataAttribute('number', 'number'),
    passages: dataAttribute('passages', 'passages'),
  }),
  parseHTML: () => [{ tag: 'li[data-type="cited-document"]' }],
  renderHTML: ({ HTMLAttributes }) => ['li', { ...HTMLAttributes, 'data-type': 'cited-document', class: 'cited-document' }, 0],
})
