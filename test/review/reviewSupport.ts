import * as Y from 'yjs'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'

/** The text of the document title, the first block of every kind. */
export function titleText(doc: Y.Doc): Y.XmlText {
  const title = doc.getXmlFragment(BODY_FIELD).get(0)
  if (!(title instanceof Y.XmlElement)) throw new Error('the document has no title block')
  const text = title.get(0)
  if (text instanceof Y.XmlText) return text
  const created = new Y.XmlText()
  title.insert(0, [created])
  return created
}

/** Types at the end of the title, as an editor would: content every kind's schema allows. */
export function typeIntoTitle(doc: Y.Doc, text: string): void {
  const title = titleText(doc)
  title.insert(title.length, ` ${text}`)
}

/** The text of the first claim of the first claim list. */
export function firstClaimText(doc: Y.Doc): Y.XmlText {
  const list = doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'claimList')
  const claim = list?.get(0)
  if (!(claim instanceof Y.XmlElement)) throw new Error('the document has no claim')
  const text = claim.get(0)
  if (text instanceof Y.XmlText) return text
  const created = new Y.XmlText()
  claim.insert(0, [created])
  return created
}
