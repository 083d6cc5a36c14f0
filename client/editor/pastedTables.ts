import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * A table pasted from Word or a web page becomes one paragraph per row, its cells apart by a
 * tab. Documents have no tables, and ProseMirror ran the cells' text together ("cell Acell B").
 */
export const PastedTables = Extension.create({
  name: 'pastedTables',
  addProseMirrorPlugins: () => [new Plugin({ key: new PluginKey('pastedTables'), props: { transformPastedHTML: tablesAsRows } })],
})

export function tablesAsRows(html: string): string {
  if (!/<table/i.test(html)) return html
  const page = new DOMParser().parseFromString(html, 'text/html')
  // Innermost first, so that a table inside a cell is flattened into that cell's text.
  for (const table of [...page.querySelectorAll('table')].reverse()) {
    const rows = [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()).join('\t'))
    const paragraphs = rows.map((text) => {
      const paragraph = Object.assign(page.createElement('p'), { textContent: text })
      // ProseMirror keeps the tabs only where the pasted HTML says to keep white space.
      paragraph.style.whiteSpace = 'pre-wrap'
      return paragraph
    })
    table.replaceWith(...paragraphs)
  }
  return page.body.innerHTML
}
