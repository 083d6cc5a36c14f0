import { useEffect, useState } from 'react'
import { api, ApiRequestError } from './api'
import { documentsWithLocalCopies, documentsWithPendingChanges, forgetLocalCopy } from './localCopies'

/** Answers that say the user may no longer open a document (taken off its team, or deleted). */
const REFUSALS: ReadonlySet<number> = new Set([403, 404])

/**
 * While someone is signed in, the edits this device holds for documents not open in the editor
 * (typed offline, then the page was left) go to the server in the background. First, once per
 * sign-in, the copies of documents the user may no longer open are deleted from the device: a
 * person taken off a matter's team keeps none of its text, and no edit of theirs is sent. The
 * sender's code (Yjs, the sync socket) loads only when there is something to send, and is already
 * loaded when a document was just left.
 */
export function useKeptChangesSender(userId: string | null, openDocumentId: string | null): void {
  const [checkedFor, setCheckedFor] = useState<string | null>(null)
  useEffect(() => {
    if (!userId) return
    let live = true
    void forgetRevokedCopies(userId).then(() => live && setCheckedFor(userId))
    return () => {
      live = false
    }
  }, [userId])
  useEffect(() => {
    if (!userId || checkedFor !== userId) return
    const documentIds = documentsWithPendingChanges(userId).filter((id) => id !== openDocumentId)
    if (documentIds.length === 0) return
    let live = true
    let stop: (() => void) | undefined
    void import('./editor/useCollaboration').then(({ sendKeptChanges }) => {
      if (live) stop = sendKeptChanges(userId, documentIds)
    })
    return () => {
      live = false
      stop?.()
    }
  }, [userId, checkedFor, openDocumentId])
}

/**
 * Asks the server, one document at a time, whether the user may still open each document the
 * device holds a copy of, and deletes the copies it refuses. Without an answer (offline, signed
 * out, a server error) a copy is kept.
 */
export async function forgetRevokedCopies(userId: string): Promise<void> {
  const documentIds = await documentsWithLocalCopies(userId).catch(() => [])
  for (const documentId of documentIds) {
    try {
      await api(`/api/documents/${encodeURIComponent(documentId)}`)
    } catch (error) {
      if (error instanceof ApiRequestError && REFUSALS.has(error.status)) await forgetLocalCopy(userId, documentId)
    }
  }
}
