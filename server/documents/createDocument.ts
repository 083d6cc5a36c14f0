import type { JSONContent } from '@tiptap/core'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { DocumentId } from '../../shared/domain/ids'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import { contentToUpdate } from './documentContent'

export interface NewDocument {
  id: DocumentId
  matter: MatterRecord
  kind: DocumentKind
  title: string
  /** Initial rich text; by default a heading with the title and an empty paragraph. */
  content?: JSONContent
}

/** Creates a document record and writes its initial content as the first entry of its update log. */
export async function createDocument(store: Store, input: NewDocument): Promise<DocumentRecord> {
  const content = input.content ?? {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: input.title }] },
      { type: 'paragraph' },
    ],
  }
  const update = contentToUpdate(input.kind, content)
  const document: DocumentRecord = {
    id: input.id,
    matterId: input.matter.id,
    workspaceId: input.matter.workspaceId,
    kind: input.kind,
    title: input.title,
    createdAt: new Date().toISOString(),
  }
  await store.createDocument(document)
  await store.appendUpdates(document.id, [update])
  return document
}
