import { Node } from '@tiptap/core'

/**
 * The title of a patent document (发明名称): one line of plain text, checked by title.length. A
 * second-level heading: the page's own heading names the document, and the description's part
 * headings (third level) stand under this one. Copies made when it was a first-level heading paste
 * as a title too.
 */
export const DocumentTitle = Node.create({
  name: 'documentTitle',
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML: () => [{ tag: 'h2[data-type="document-title"]' }, { tag: 'h1[data-type="document-title"]' }],
  renderHTML: () => ['h2', { 'data-type': 'document-title', class: 'document-title' }, 0],
})
