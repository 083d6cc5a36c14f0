import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { ComparedClaim } from '../../shared/editor/compareClaims'
import { readClaimLists } from '../../shared/editor/readPatentDocument'
import { readBody } from '../../shared/editor/documentBody'

/** A version's content read through its kind's schema: one decode of its stored state, no history replayed. */
export function openSnapshot(kind: DocumentKind, snapshot: Uint8Array): ProseMirrorNode {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, snapshot)
  const body = readBody(kind, doc)
  doc.destroy()
  return body
}

/** The claims of a document's first claim list: a claim set's claims, a reply's amended claims. */
export function claimsOf(body: ProseMirrorNode): ComparedClaim[] {
  return (readClaimLists(body)[0]?.claims ?? []).map((claim) => ({ id: claim.id, text: claim.text }))
}
