import Database from 'better-sqlite3'
import { performance } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'
import type { AppendReply, AppendRequest, CommitReport } from './UpdateLogWriter'

/**
 * The update log's writer thread: appends documents' updates to SQLite with a real fsync
 * (synchronous=FULL), off the event loop that relays everyone's keystrokes. Requests that arrive
 * while a write runs are gathered and written together in the next transaction (group commit
 * across all documents), each in a savepoint of its own so that one failing request fails alone.
 */
const db = new Database(workerData.filename as string)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('foreign_keys = ON')
db.pragma('busy_timeout = 5000')
const insert = db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)')
const appendOne = db.transaction(({ documentId, updates }: AppendRequest): number => {
  let lastSeq = 0
  for (const update of updates) lastSeq = Number(insert.run(documentId, update).lastInsertRowid)
  return lastSeq
})
const appendAll = db.transaction((requests: AppendRequest[]): AppendReply[] =>
  requests.map((request) => {
    try {
      return { id: request.id, lastSeq: appendOne(request) }
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) }
    }
  }),
)

let gathered: AppendRequest[] = []

function writeGathered(): void {
  const requests = gathered
  gathered = []
  let replies: AppendReply[]
  const started = performance.now()
  try {
    replies = appendAll(requests)
  } catch (error) {
    // The commit itself failed (disk full, I/O error): nothing of the batch is stored.
    const message = error instanceof Error ? error.message : String(error)
    replies = requests.map((request) => ({ id: request.id, error: message }))
  }
  const updates = requests.reduce((sum, request) => sum + request.updates.length, 0)
  parentPort!.postMessage({ replies, updates, seconds: (performance.now() - started) / 1000 } satisfies CommitReport)
}

parentPort!.on('message', (message: AppendRequest | 'close') => {
  if (message === 'close') {
    if (gathered.length > 0) writeGathered()
    db.close()
    parentPort!.postMessage('closed')
    return
  }
  gathered.push(message)
  // Every request already waiting in the port arrives before this runs: they share one write.
  if (gathered.length === 1) setImmediate(writeGathered)
})
