import type { Worker } from 'node:worker_threads'
import type { DocumentId } from '../../shared/domain/ids'
import { startThread } from '../threads/startThread'

export interface AppendRequest {
  id: number
  documentId: DocumentId
  updates: Uint8Array[]
}

export type AppendReply = { id: number; lastSeq: number } | { id: number; error: string }

/** One transaction of the thread: its replies, how many updates it wrote and how long it took with its fsync. */
export interface CommitReport {
  replies: AppendReply[]
  updates: number
  seconds: number
}

/** Told of every commit of the update log (for the operator's metrics). */
export type CommitObserver = (updates: number, seconds: number) => void

/**
 * Appends to the update log on a thread of its own (`updateLogThread.ts`). The fsync that makes
 * an update durable takes milliseconds; on the event loop it held up every room, here it holds
 * up only the writers waiting for it, and the writes of all rooms that gather meanwhile share one
 * transaction and one fsync.
 */
export class UpdateLogWriter {
  private readonly thread: Worker
  private readonly waiting = new Map<number, { resolve: (lastSeq: number) => void; reject: (error: Error) => void }>()
  private nextId = 1
  private closed: Promise<void> | null = null
  private failure: Error | null = null

  constructor(filename: string, onCommit?: CommitObserver) {
    this.thread = startThread('storage/updateLogThread', { filename })
    this.thread.unref()
    this.thread.on('message', (report: CommitReport | 'closed') => {
      if (report === 'closed') return
      onCommit?.(report.updates, report.seconds)
      for (const reply of report.replies) {
        const waiting = this.waiting.get(reply.id)
        this.waiting.delete(reply.id)
        if ('error' in reply) waiting?.reject(new Error(`appending updates failed: ${reply.error}`))
        else waiting?.resolve(reply.lastSeq)
      }
    })
    this.thread.on('error', (error) => this.fail(error))
    this.thread.on('exit', (code) => this.fail(new Error(`the update log thread exited (${code})`)))
  }

  /** Resolves with the seq of the last update once all are durable; rejects when none is. */
  append(documentId: DocumentId, updates: Uint8Array[]): Promise<number> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.closed) return Promise.reject(new Error('the update log is closed'))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.thread.postMessage({ id, documentId, updates } satisfies AppendRequest)
    })
  }

  /** Writes what was asked so far, then ends the thread. */
  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      if (this.failure) return resolve()
      this.thread.once('exit', () => resolve())
      this.thread.once('message', (message: unknown) => {
        if (message === 'closed') void this.thread.terminate()
      })
      this.thread.postMessage('close')
    })
    return this.closed
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const { reject } of this.waiting.values()) reject(this.failure)
    this.waiting.clear()
  }
}
