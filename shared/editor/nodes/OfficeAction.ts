import { Node } from '@tiptap/core'
import { dataAttribute } from './dataAttribute'

/**
 * The office action a reply answers: its kind and issue date (from which the reply deadline is
 * computed), which action of the application it is (`round`: "2" for 第二次审查意见通知书, ""
 * when not said — replies stored before it existed) and the documents it cites, D1…Dn by their
 * order, which the import keeps as the examiner numbered them.
 */
export const OfficeAction = Node.create({
  name: 'officeAction',
  content: 'citedDocument*',
  defining: true,
  isolating: true,
  addAttributes: () => ({
    actionType: dataAttribute('actionType', 'action-type', 'first'),
    issueDate: dataAttribute('issueDate', 'issue-date'),
    round: dataAttribute('round', 'round'),
  }),
  parseHTML: () => [{ tag: 'div[data-type="office-action"]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-type': 'office-action', class: 'office-action' }, ['ol', { class: 'cited-documents' }, 0]],
})

/**
 * A document the examiner cites (对比文件); its label D1, D2 … comes from its position. Its text
 * is the document's title, so that two people can type in it at once; the publication number,
 * the name the office calls it by (a US reference's first inventor, "Smith") and the relevant
 * passages are attributes. Replies written before those attributes existed hold the
 * whole citation as the text, and read on as they were.
 */
export const CitedDocument = Node.create({
  name: 'citedDocument',
  content: 'text*',
  marks: '',
  addAttributes: () => ({
    number: dataAttribute('number', 'number'),
    name: dataAttribute('name', 'name'),
    passages: dataAttribute('passages', 'passages'),
  }),
  parseHTML: () => [{ tag: 'li[data-type="cited-document"]' }],
  renderHTML: ({ HTMLAttributes }) => ['li', { ...HTMLAttributes, 'data-type': 'cited-document', class: 'cited-document' }, 0],
})
