import type { JSONContent } from '@tiptap/core'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { DocumentId } from '../../shared/domain/ids'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import { documentTemplate } from '../../shared/editor/documentTemplate'
import { contentToUpdate } from './documentContent'

export interface NewDocument {
  id: DocumentId
  matter: MatterRecord
  kind: DocumentKind
  title: string
  /** Initial content; by default the template of the kind in the language of the matter's office. */
  content?: JSONContent
  /** The initial content already encoded as a Yjs update (contentToUpdate), e.g. on an import's thread; takes the place of `content`. */
  update?: Uint8Array
}

/** Creates a document record and writes its initial content as the first entry of its update log. */
export async function createDocument(store: Store, input: NewDocument): Promise<DocumentRecord> {
  const update =
    input.update ?? contentToUpdate(input.kind, input.content ?? documentTemplate(input.kind, input.matter.jurisdiction, input.matter.title))
  const document: DocumentRecord = {
    id: input.id,
    matterId: input.matter.id,
    workspaceId: input.matter.workspaceId,
    kind: input.kind,
    title: input.title,
    createdAt: new Date().toISOString(),
    reviewState: 'draft',
  }
  await store.createDocument(document)
  await store.appendUpdates(document.id, [update])
  return document
}
