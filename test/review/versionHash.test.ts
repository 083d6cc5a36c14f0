import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { readBody, versionHashOf } from '../../shared/editor/documentBody'
import { BODY_FIELD } from '../../shared/editor/documentSchema'
import { contentToUpdate } from '../../server/documents/documentContent'
import { contentHash } from '../../server/review/reviewedDocument'
import { demoClaims, demoDisclosure, demoOfficeActionReply } from '../../server/seed/demoContent'

const DEMOS: [DocumentKind, () => ReturnType<typeof demoClaims>][] = [
  ['disclosure', demoDisclosure],
  ['claims', demoClaims],
  ['oa-reply', demoOfficeActionReply],
]

describe('the version hash a page computes of its copy', () => {
  it.each(DEMOS)('equals the server’s for a %s, and changes with one character', async (kind, content) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, contentToUpdate(kind, content()))
    const page = await versionHashOf(kind, doc)
    expect(page).toBe(contentHash(readBody(kind, doc)))
    expect(page).toMatch(/^[0-9a-f]{64}$/)

    const firstText = doc.getXmlFragment(BODY_FIELD).createTreeWalker((node) => node instanceof Y.XmlText).next().value as Y.XmlText
    firstText.insert(0, '改')
    expect(await versionHashOf(kind, doc)).not.toBe(page)
  })
})
