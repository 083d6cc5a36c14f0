import type { PendingChange, PendingList } from './editor/PendingChanges'

/**
 * Every document a user opens is kept on the device: its Yjs updates in IndexedDB (one database
 * per user and document, written by y-indexeddb in the editor), and the list of that user's
 * edits the server has not yet confirmed in localStorage. This module holds no Yjs, so the
 * sign-out path does not load the editor. Both carry the user's id in their name, so one person never opens another's
 * copy, and signing out deletes them.
 */
const PREFIX = 'claimroom.local'

const copyPrefix = (userId: string) => `${PREFIX}:${encodeURIComponent(userId)}:`
const copyName = (userId: string, documentId: string) => copyPrefix(userId) + encodeURIComponent(documentId)

/** The name of the IndexedDB database that holds the device's copy of a document (y-indexeddb). */
export function localCopyName(userId: string, documentId: string): string {
  return copyName(userId, documentId)
}

export function readPendingChanges(userId: string, documentId: string): PendingChange[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(copyName(userId, documentId)) ?? '[]')
    return Array.isArray(stored) ? stored.filter(isPendingChange) : []
  } catch {
    return []
  }
}

export function writePendingChanges(userId: string, documentId: string, changes: readonly PendingChange[]): void {
  const name = copyName(userId, documentId)
  if (changes.length === 0) localStorage.removeItem(name)
  else localStorage.setItem(name, JSON.stringify(changes))
}

/**
 * The device's list of a document's unconfirmed edits, read and written by every tab that has the
 * document open. Where localStorage cannot be used (full, or refused), the list lives in this
 * tab's memory: counted and confirmed, though not kept past the page.
 */
export function pendingChangeList(userId: string, documentId: string): PendingList {
  let mirror = readPendingChanges(userId, documentId)
  return {
    read() {
      try {
        localStorage.length
      } catch {
        return [...mirror]
      }
      return (mirror = readPendingChanges(userId, documentId))
    },
    write(changes) {
      mirror = [...changes]
      try {
        writePendingChanges(userId, documentId, changes)
      } catch {
        // Kept in memory: the status still tells the truth on this page.
      }
    },
  }
}

/** Calls `listener` when another tab changes the document's list of unconfirmed edits. */
export function onPendingChangesElsewhere(userId: string, documentId: string, listener: () => void): () => void {
  const name = copyName(userId, documentId)
  const onStorage = (event: StorageEvent) => (event.key === name || event.key === null) && listener()
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}

/** The documents of this user with edits that exist only on this device. */
export function documentsWithPendingChanges(userId: string): string[] {
  return localStorageKeys(copyPrefix(userId))
    .map((key) => decodeURIComponent(key.slice(copyPrefix(userId).length)))
    .filter((documentId) => readPendingChanges(userId, documentId).length > 0)
}

/** How many edits of this user, over all their documents, exist only on this device. */
export function countPendingChanges(userId: string): number {
  let count = 0
  for (const key of localStorageKeys(copyPrefix(userId))) {
    count += readPendingChanges(userId, decodeURIComponent(key.slice(copyPrefix(userId).length))).length
  }
  return count
}

/**
 * Deletes every local copy of the user's documents. A copy still open in this tab is deleted as
 * soon as its editor closes (IndexedDB holds the deletion until then).
 */
export async function clearLocalCopies(userId: string): Promise<void> {
  for (const key of localStorageKeys(copyPrefix(userId))) localStorage.removeItem(key)
  await Promise.all((await copyDatabases(userId)).map(deleteDatabase))
}

/**
 * Deletes the device's copy of one document, edits not yet sent included: for a document the user
 * may no longer open, nobody would ever receive them, and the text is not theirs to keep.
 */
export async function forgetLocalCopy(userId: string, documentId: string): Promise<void> {
  localStorage.removeItem(copyName(userId, documentId))
  await deleteDatabase(localCopyName(userId, documentId))
}

/** The documents of which this device holds a copy for the user, or edits not yet sent. */
export async function documentsWithLocalCopies(userId: string): Promise<string[]> {
  const names = [...(await copyDatabases(userId)), ...localStorageKeys(copyPrefix(userId))]
  return [...new Set(names.map((name) => decodeURIComponent(name.slice(copyPrefix(userId).length))))]
}

async function copyDatabases(userId: string): Promise<string[]> {
  const databases = await indexedDB.databases()
  return databases.flatMap(({ name }) => (name?.startsWith(copyPrefix(userId)) ? [name] : []))
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
  })
}

function localStorageKeys(prefix: string): string[] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(prefix),
  )
}

function isPendingChange(value: unknown): value is PendingChange {
  const change = value as PendingChange
  return typeof change?.client === 'number' && typeof change.clock === 'number' && (change.since === undefined || typeof change.since === 'number')
}
