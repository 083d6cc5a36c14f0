import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PendingChanges, type PendingChange, type PendingList } from './PendingChanges'

/** The wall-clock time of the tests' first moment. */
const WALL_CLOCK = Date.UTC(2026, 11, 2, 10, 32)

/** The device's list, as two tabs share it. */
function deviceList(stored: PendingChange[] = []) {
  let device = [...stored]
  const persisted: PendingChange[][] = []
  const list: PendingList = {
    read: () => [...device],
    write: (changes) => {
      device = [...changes]
      persisted.push([...changes])
    },
  }
  return { list, persisted }
}

/** A document with a text, and the pending list of its edits as stored on the device. */
function setUp(stored: PendingChange[] = []) {
  const doc = new Y.Doc()
  // The device's copy holds the earlier session's edits, as IndexedDB gives them back.
  for (const { client, clock } of stored) {
    const earlier = new Y.Doc()
    earlier.clientID = client
    earlier.getText('earlier').insert(0, 'x'.repeat(clock))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlier))
  }
  const { list, persisted } = deviceList(stored)
  const pending = new PendingChanges(doc, list)
  // Each edit two seconds after the last unless a test says otherwise: one change each.
  let now = 0
  doc.on('update', () => pending.record((now += 2000), WALL_CLOCK + now))
  return { doc, text: doc.getText('body'), pending, persisted, pause: (ms: number) => (now += ms - 2000) }
}

describe('PendingChanges', () => {
  it('counts each local edit until the server has stored it', () => {
    const { doc, text, pending } = setUp()
    text.insert(0, 'abc')
    text.insert(3, 'def')
    expect(pending.count).toBe(2)

    // The server has stored the first edit (clock 3) but not the second (clock 6).
    pending.confirm(new Map([[doc.clientID, 3]]))
    expect(pending.count).toBe(1)
    pending.confirm(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(pending.count).toBe(0)
  })

  it('keeps a deletion pending until the next vector the server sends after it', () => {
    const { doc, text, pending } = setUp()
    text.insert(0, 'abc')
    pending.confirm(Y.decodeStateVector(Y.encodeStateVector(doc)))
    text.delete(0, 1)
    expect(pending.count).toBe(1)
    pending.confirm(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(pending.count).toBe(0)
  })

  it('ignores what the server stored for other clients', () => {
    const { doc, text, pending } = setUp()
    text.insert(0, 'abc')
    pending.confirm(new Map([[doc.clientID + 1, 100]]))
    expect(pending.count).toBe(1)
  })

  it('stores the list on every change, so edits of an earlier session count after a reload', () => {
    const earlier: PendingChange[] = [{ client: 42, clock: 7 }]
    const { doc, text, pending, persisted } = setUp(earlier)
    expect(pending.count).toBe(1)
    text.insert(0, 'x')
    expect(persisted.at(-1)).toEqual([...earlier, { client: doc.clientID, clock: 1, since: WALL_CLOCK + 2000 }])
    // An edit stored without its time: the list cannot say since when.
    expect(pending.since).toBeNull()

    // The server now holds the earlier session's edits too.
    pending.confirm(new Map([[42, 7], [doc.clientID, 1]]))
    expect(persisted.at(-1)).toEqual([])
  })

  it('counts edits made less than a second apart as one change, confirmed once its last edit is', () => {
    const { doc, text, pending, persisted, pause } = setUp()
    text.insert(0, 'a')
    pause(300)
    text.insert(1, 'b')
    pause(300)
    text.insert(2, 'c')
    expect(pending.count).toBe(1)
    // One change, since its first edit.
    expect(persisted.at(-1)).toEqual([{ client: doc.clientID, clock: 3, since: WALL_CLOCK + 2000 }])
    pending.confirm(new Map([[doc.clientID, 2]]))
    expect(pending.count).toBe(1)
    // Typing on after a pause is another change.
    pause(1500)
    text.insert(3, 'd')
    expect(pending.count).toBe(2)
    expect(pending.since).toBe(WALL_CLOCK + 2000)
    // Once the first is stored, what is left dates from the second.
    pending.confirm(new Map([[doc.clientID, 3]]))
    expect(pending.since).toBe(WALL_CLOCK + 2000 + 300 + 300 + 1500)
    pending.confirm(new Map([[doc.clientID, 4]]))
    expect(pending.count).toBe(0)
    expect(pending.since).toBeNull()
  })

  it('says since when held edits have waited without a word from the server, however long one change goes on', () => {
    const { doc, text, pending, pause } = setUp()
    expect(pending.unansweredSince).toBeNull()
    text.insert(0, 'a')
    expect(pending.unansweredSince).toBe(WALL_CLOCK + 2000)
    // Typing on without a pause: one change, still pending, but the server answers each write.
    pause(300)
    text.insert(1, 'b')
    pending.confirm(new Map([[doc.clientID, 1]]), WALL_CLOCK + 2400)
    pause(300)
    text.insert(2, 'c')
    expect(pending.since).toBe(WALL_CLOCK + 2000)
    expect(pending.unansweredSince).toBe(WALL_CLOCK + 2400)
    // Everything stored, then a new edit: it waits from when it was made, not from the last answer.
    pending.confirm(Y.decodeStateVector(Y.encodeStateVector(doc)), WALL_CLOCK + 2700)
    expect(pending.unansweredSince).toBeNull()
    pause(60_000)
    text.insert(3, 'd')
    expect(pending.unansweredSince).toBe(WALL_CLOCK + 2000 + 300 + 300 + 60_000)
  })

  it('starts a new change when the last one was confirmed meanwhile', () => {
    const { doc, text, pending, pause } = setUp([{ client: 42, clock: 7 }])
    text.insert(0, 'a')
    pending.confirm(new Map([[doc.clientID, 1]]))
    pause(100)
    text.insert(1, 'b')
    // Not joined to the earlier session's change, which is now the newest pending.
    expect(pending.count).toBe(2)
  })

  it('keeps another tab’s edits when this tab’s own are confirmed, and counts them in the tab that holds them', () => {
    const { list } = deviceList()
    const offlineTab = { doc: new Y.Doc() }
    const onlineTab = { doc: new Y.Doc() }
    const offline = new PendingChanges(offlineTab.doc, list)
    const online = new PendingChanges(onlineTab.doc, list)
    offlineTab.doc.on('update', () => offline.record())
    onlineTab.doc.on('update', () => online.record())
    offlineTab.doc.getText('body').insert(0, 'typed offline')
    onlineTab.doc.getText('body').insert(0, 'typed online')
    // The server stores the online tab's edit; the offline tab's stays on the list for both.
    online.confirm(Y.decodeStateVector(Y.encodeStateVector(onlineTab.doc)))
    expect(list.read()).toEqual([expect.objectContaining({ client: offlineTab.doc.clientID })])
    // Each tab counts what it holds: the online tab cannot send the other's edit.
    expect(online.count).toBe(0)
    offline.refresh()
    expect(offline.count).toBe(1)
    // A vector that holds the offline tab's edit confirms it, whichever tab hears it.
    online.confirm(Y.decodeStateVector(Y.encodeStateVector(offlineTab.doc)))
    expect(list.read()).toEqual([])
  })

  it('tells subscribers when the count changes', () => {
    const { text, pending } = setUp()
    const seen: number[] = []
    const unsubscribe = pending.subscribe(() => seen.push(pending.count))
    text.insert(0, 'a')
    text.insert(1, 'b')
    unsubscribe()
    text.insert(2, 'c')
    expect(seen).toEqual([1, 2])
  })
})
