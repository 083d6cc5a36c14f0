import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

// Word writes a list item's number, then pads it to the list's indent with non-breaking spaces
// ("1.&nbsp;&nbsp;&nbsp;&nbsp; 多线激光雷达"), in a span it marks `mso-list:Ignore`; documents have no
// list indents, so the padding stood in the text as a wide gap. Other pages pad the same way.
const PADDED_MARKER = /^(\s*(?:\(?[0-9０-９]{1,3}[.)、．）]|\(?[a-zA-Z][.)]|[（(][0-9０-９]{1,3}[)）]|[•·▪◦-]))[\s\u00a0]{2,}/

/** A list item pasted from Word or a page keeps its number, with one space after it. */
export const PastedListMarkers = Extension.create({
  name: 'pastedListMarkers',
  addProseMirrorPlugins: () => [new Plugin({ key: new PluginKey('pastedListMarkers'), props: { transformPastedHTML: listMarkersUnpadded } })],
})

export function listMarkersUnpadded(html: string): string {
  if (!/mso-list|&nbsp;|\u00a0/i.test(html)) return html
  const page = new DOMParser().parseFromString(html, 'text/html')
  for (const block of page.body.querySelectorAll('p, li, div, h1, h2, h3, h4, h5, h6')) {
    const first = firstText(block)
    if (first?.nodeValue && PADDED_MARKER.test(first.nodeValue)) first.nodeValue = first.nodeValue.replace(PADDED_MARKER, '$1 ')
    // Word's marker span: its number, then padding in a nested span (a text node of its own).
    for (const marker of block.querySelectorAll<HTMLElement>('span[style*="mso-list"]')) {
      marker.textContent = `${(marker.textContent ?? '').replace(/[\s\u00a0]+$/, '')} `
    }
  }
  return page.body.innerHTML
}

function firstText(block: Element): Text | null {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim()) return node as Text
  return null
}
