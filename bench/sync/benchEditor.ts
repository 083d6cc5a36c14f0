import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { SyncEndpoint } from './serversUnderTest'
import { withTimeout } from './waiting'

/** A real editor: a Y.Doc behind the provider each server is built for. */
export interface BenchEditor {
  doc: Y.Doc
  /** Announces the editor's caret at this index of the text it types in, through the provider's awareness. */
  moveCaret(at: number): void
  destroy(): void
}

const SYNC_TIMEOUT_MS = 60_000
// Every y-websocket provider listens for the process's exit; the benchmark holds hundreds.
process.setMaxListeners(0)

/** Connects a real provider and resolves once it has synced with the server. */
export async function connectEditor(endpoint: SyncEndpoint, documentName: string): Promise<BenchEditor> {
  const doc = new Y.Doc()
  const room = endpoint.roomOf(documentName)
  if (endpoint.dialect === 'hocuspocus') {
    let synced!: () => void
    const whenSynced = new Promise<void>((done) => (synced = done))
    // One socket per editor, as one browser tab has.
    const socket = new HocuspocusProviderWebsocket({ url: endpoint.serverUrl, WebSocketPolyfill: WebSocket })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      document: doc,
      token: endpoint.token,
      onSynced: () => synced(),
    })
    provider.attach()
    provider.setAwarenessField('user', { name: 'bench' })
    await withTimeout(whenSynced, SYNC_TIMEOUT_MS, `Hocuspocus editor sync of ${room}`)
    return {
      doc,
      moveCaret: (at) => provider.setAwarenessField('cursor', { anchor: at, head: at }),
      destroy: () => (provider.destroy(), socket.destroy(), doc.destroy()),
    }
  }
  // BroadcastChannel off: providers in one process would otherwise sync without the server.
  const provider = new WebsocketProvider(endpoint.serverUrl, room, doc, {
    params: endpoint.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  provider.awareness.setLocalStateField('user', { name: 'bench' })
  await withTimeout(
    new Promise<void>((done) => provider.once('sync', () => done())),
    SYNC_TIMEOUT_MS,
    `y-websocket editor sync of ${room}`,
  )
  return {
    doc,
    moveCaret: (at) => provider.awareness.setLocalStateField('cursor', { anchor: at, head: at }),
    destroy: () => (provider.destroy(), doc.destroy()),
  }
}
