import { readVarUint8Array } from 'lib0/decoding'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { MessageType } from '../../shared/sync/protocol'
import type { DocumentId } from '../../shared/domain/ids'
import type { Store } from '../../server/storage/Store'

export interface SyncClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** The plain text of the document body, paragraph by paragraph. */
  text(): string
  destroy(): void
}

/** A real y-websocket client, as an outside tool would connect. BroadcastChannel is off so it talks only to the server. */
export function connectClient(baseUrl: string, documentId: string, token: string, params: Record<string, string> = {}): SyncClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(baseUrl.replace(/^http/, 'ws') + '/sync', documentId, doc, {
    params: { token, ...params },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  // Claimroom's own messages come to a client that asks for acks; one a test does not follow is ignored.
  if (params.acks === '1') {
    for (const type of [MessageType.Durable, MessageType.ReviewChanged, MessageType.Access]) provider.messageHandlers[type] ??= () => {}
  }
  return {
    doc,
    provider,
    text: () => bodyText(doc),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** The text of every element in the body, joined by newlines. */
export function bodyText(doc: Y.Doc): string {
  return bodyTexts(doc)
    .map((text) => text.toString().replace(/<[^>]+>/g, ''))
    .join('\n')
}

/** Every text of the body, in document order. */
export function bodyTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = []
  const walk = (node: Y.XmlElement | Y.XmlFragment | Y.XmlText) => {
    if (node instanceof Y.XmlText) return void texts.push(node)
    for (const child of node.toArray()) walk(child as Y.XmlElement | Y.XmlText)
  }
  walk(doc.getXmlFragment(BODY_FIELD))
  return texts
}

/** The document as the store holds it: its snapshot and the updates logged after it. */
export async function storedDocument(store: Store, documentId: DocumentId): Promise<Y.Doc> {
  const stored = await store.loadDocumentState(documentId)
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  return doc
}

/**
 * Changes a stored document as if it had been edited before the test — the edit logged, then
 * compacted into a snapshot as a long-edited document is. Nobody may have it open.
 */
export async function editStoredDocument(store: Store, documentId: DocumentId, edit: (doc: Y.Doc) => void): Promise<void> {
  const doc = await storedDocument(store, documentId)
  const before = Y.encodeStateVector(doc)
  edit(doc)
  const lastSeq = await store.appendUpdates(documentId, [Y.encodeStateAsUpdate(doc, before)])
  await store.compact(documentId, Y.encodeStateAsUpdate(doc), lastSeq)
}

/**
 * Appends a paragraph with this text to the document's last section, as an editor would (the
 * server refuses a paragraph loose in the body: the schema has none there).
 */
export function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  const body = doc.getXmlFragment(BODY_FIELD)
  const section = body.toArray().findLast((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'section')
  if (!section) throw new Error('appendParagraph: the document has no section to write in')
  section.push([paragraph])
}

export function whenSynced(client: SyncClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve) => client.provider.once('sync', (synced: boolean) => synced && resolve()))
}

/** Polls until the condition holds, failing with the message after the timeout. */
export async function eventually(condition: () => boolean, message: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Resolves with the close code once the provider's socket is closed by the server. */
export function nextClose(client: SyncClient): Promise<number> {
  return new Promise((resolve) =>
    client.provider.once('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? -1)),
  )
}

/**
 * Follows the server's Durable messages (the client must connect with `acks: '1'`); the returned
 * function gives the highest clock of this client's own changes that the server has stored.
 */
export function followDurable(client: SyncClient): () => number {
  let clock = 0
  client.provider.messageHandlers[MessageType.Durable] = (_encoder, decoder) => {
    clock = Y.decodeStateVector(readVarUint8Array(decoder)).get(client.doc.clientID) ?? 0
  }
  return () => clock
}

/** Resolves once the server has stored every change this client has made so far. */
export function whenDurable(client: SyncClient, durableClock: () => number): Promise<void> {
  const target = Y.getState(client.doc.store, client.doc.clientID)
  return eventually(() => durableClock() >= target, 'server stored every change')
}
