import { useEffect } from 'react'
import { documentsWithPendingChanges } from './localCopies'

/**
 * While someone is signed in, the edits this device holds for documents not open in the editor
 * (typed offline, then the page was left) go to the server in the background. The sender's code
 * (Yjs, the sync socket) loads only when there is something to send, and is already loaded when
 * a document was just left.
 */
export function useKeptChangesSender(userId: string | null, openDocumentId: string | null): void {
  useEffect(() => {
    if (!userId) return
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
  }, [userId, openDocumentId])
}
