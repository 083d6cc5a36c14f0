/** An element of an Office XML part, its names under the prefixes mammoth gives their namespaces ("w:p"). */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
}

/** The prefixes element and attribute names are read under, by namespace, whatever prefix a file declares. */
const PREFIX_BY_NAMESPACE: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
}

// A tag with its attributes, or what carries no elements: a comment, CDATA, a declaration.
const TOKEN = /<(?:(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|![^>]*>)/g
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const ENTITY = /&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/gi
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

const unescaped = (value: string) =>
  value.replace(ENTITY, (_, hex?: string, decimal?: string, named?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : NAMED_ENTITIES[named!.toLowerCase()]!,
  )

interface Open {
  element: XmlElement
  /** Prefix → namespace in scope at this element. */
  namespaces: Map<string, string>
}

/**
 * The elements of an XML part, text left out: the structure is all the import reads from it. As
 * mammoth reads a DOCX, mc:AlternateContent stands for its mc:Fallback. Lenient: a tag closed out
 * of turn closes what it closes, and nothing is thrown.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '', attributes: {}, children: [] }
  const stack: Open[] = [{ element: root, namespaces: new Map() }]
  for (const token of xml.matchAll(TOKEN)) {
    const [, closing, tag, attributeText, selfClosing] = token
    if (tag === undefined) continue
    const top = stack.at(-1)!
    if (closing) {
      const at = stack.findLastIndex((open) => open.element.name === qualified(tag, top.namespaces))
      if (at > 0) {
        const closed = stack.splice(at)
        for (let i = closed.length - 1; i >= 0; i--) collapseAlternateContent(closed[i]!.element, (closed[i - 1] ?? stack.at(-1)!).element)
      }
      continue
    }
    let namespaces = top.namespaces
    const raw: [string, string][] = []
    for (const [, name, double, single] of attributeText!.matchAll(ATTRIBUTE)) {
      const value = unescaped(double ?? single ?? '')
      if (name === 'xmlns' || name!.startsWith('xmlns:')) {
        if (namespaces === top.namespaces) namespaces = new Map(namespaces)
        namespaces.set(name === 'xmlns' ? '' : name!.slice(6), value)
      } else {
        raw.push([name!, value])
      }
    }
    const element: XmlElement = {
      name: qualified(tag, namespaces),
      attributes: Object.fromEntries(raw.map(([name, value]) => [name.includes(':') ? qualified(name, namespaces) : name, value])),
      children: [],
    }
    top.element.children.push(element)
    if (selfClosing) collapseAlternateContent(element, top.element)
    else stack.push({ element, namespaces })
  }
  return root
}

function qualified(name: string, namespaces: Map<string, string>): string {
  const colon = name.indexOf(':')
  const prefix = colon < 0 ? '' : name.slice(0, colon)
  const namespace = namespaces.get(prefix)
  const known = namespace === undefined ? undefined : PREFIX_BY_NAMESPACE[namespace]
  return known === undefined ? name : `${known}:${name.slice(colon + 1)}`
}

/** Puts an mc:AlternateContent's fallback in its place, once it is complete. */
function collapseAlternateContent(element: XmlElement, parent: XmlElement): void {
  if (element.name !== 'mc:AlternateContent') return
  const fallback = firstChild(element, 'mc:Fallback')?.children ?? []
  parent.children.splice(parent.children.lastIndexOf(element), 1, ...fallback)
}

export const firstChild = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((child) => child.name === name)

/** The element at a path of first children: `descendant(pPr, 'w:numPr', 'w:numId')`. */
export function descendant(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = element
  for (const name of names) at = firstChild(at, name)
  return at
}

/** `w:val` of the element at a path, as most WordprocessingML properties carry their value. */
export const valueAt = (element: XmlElement | undefined, ...names: string[]): string | undefined => descendant(element, ...names)?.attributes['w:val']
