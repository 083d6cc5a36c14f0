import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentId } from '../../shared/domain/ids'
import { CorruptJournalError, UpdateJournal, type JournalEntry } from './UpdateJournal'

const dirs: string[] = []
const journalPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'))
  dirs.push(dir)
  return join(dir, 'claimroom.sqlite-updates')
}
const opened: UpdateJournal[] = []
const open = (path: string) => {
  const result = UpdateJournal.open(path)
  opened.push(result.journal)
  return result
}
afterEach(() => {
  for (const journal of opened.splice(0)) journal.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const entry = (seq: number, documentId = 'doc-1', bytes = [seq % 256, 1, 2]): JournalEntry => ({
  seq,
  documentId: documentId as DocumentId,
  update: new Uint8Array(bytes),
})

/** Where each group the journal writes ends, read from its size after each append. */
function appendGroups(journal: UpdateJournal, groups: JournalEntry[][]): number[] {
  return groups.map((group) => {
    journal.append(group)
    return journal.size
  })
}

describe('UpdateJournal', () => {
  it('reads back every entry of every group, in order, after the process that wrote them is gone', () => {
    const path = journalPath()
    const { journal, entries } = open(path)
    expect(entries).toEqual([])
    const groups = [[entry(1), entry(2, '文档-二')], [entry(2 ** 40 + 3, 'doc-3', [])], [entry(2 ** 40 + 4, 'doc-1', Array(3000).fill(7))]]
    appendGroups(journal, groups)

    expect(open(path).entries).toEqual(groups.flat())
  })

  it('leaves out a torn last group: one the process was killed while writing', () => {
    const path = journalPath()
    const { journal } = open(path)
    const ends = appendGroups(journal, [[entry(1)], [entry(2)], [entry(3, 'doc-1', Array(100).fill(9))]])
    const bytes = readFileSync(path)
    // The last group's body only partly reached the disk; zeros where the rest should be.
    bytes.fill(0, ends[1]! + 30, ends[2]!)
    writeFileSync(path, bytes)

    expect(open(path).entries).toEqual([entry(1), entry(2)])
  })

  it('refuses to open a journal with a damaged group before an intact one: damage, not a torn write', () => {
    const path = journalPath()
    const { journal } = open(path)
    const ends = appendGroups(journal, [[entry(1)], [entry(2)], [entry(3)]])
    const bytes = readFileSync(path)
    bytes[ends[0]! + 20]! ^= 0xff
    writeFileSync(path, bytes)

    expect(() => UpdateJournal.open(path)).toThrow(CorruptJournalError)
  })

  it('reads only the groups written since the last restart, not the older ones it did not overwrite', () => {
    const path = journalPath()
    const { journal } = open(path)
    appendGroups(journal, [[entry(1), entry(2), entry(3)], [entry(4)], [entry(5)]])
    journal.restart()
    journal.append([entry(6)])

    expect(open(path).entries).toEqual([entry(6)])
  })

  it('starts afresh from a file whose header never reached the disk', () => {
    const path = journalPath()
    writeFileSync(path, Buffer.alloc(4096))
    const { journal, entries } = open(path)
    expect(entries).toEqual([])
    journal.append([entry(1)])

    expect(open(path).entries).toEqual([entry(1)])
  })

  it('refuses a file that is not an update journal, rather than writing over it', () => {
    const path = journalPath()
    writeFileSync(path, 'SQLite format 3\0 and more')
    const before = readFileSync(path)

    expect(() => UpdateJournal.open(path)).toThrow(/not a Claimroom update journal/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('grows the file a mebibyte at a time, so that most groups land in space it already has', () => {
    const path = journalPath()
    const { journal } = open(path)
    expect(statSync(path).size).toBe(1024 * 1024)
    const large = Array(600 * 1024).fill(1)
    journal.append([entry(1, 'doc-1', large)])
    expect(statSync(path).size).toBe(1024 * 1024)
    journal.append([entry(2, 'doc-1', large)])
    expect(statSync(path).size).toBe(2 * 1024 * 1024)

    expect(open(path).entries.map((e) => e.update.length)).toEqual([large.length, large.length])
  })
})
