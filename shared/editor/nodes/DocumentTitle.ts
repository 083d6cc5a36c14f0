import { Node } from '@tiptap/core'

/** The title of a patent document (发明名称): one line of plain text, checked by title.length. */
export const DocumentTitle = Node.create({
  name: 'documentTitle',
  content: 'text*',
  marks: '',
  defining: true,
  parseHTML: () => [{ tag: 'h1[data-type="document-title"]' }],
  renderHTML: () => ['h1', { 'data-type': 'document-title', class: 'document-title' }, 0],
})
