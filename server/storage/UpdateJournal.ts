import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DocumentId } from '../../shared/domain/ids'
import { crc32 } from './crc32'

/** One update as the journal keeps it: its place in the update log and the document it belongs to. */
export interface JournalEntry {
  seq: number
  documentId: DocumentId
  update: Uint8Array
}

/** The journal holds bytes it cannot have written itself: not a torn last write, but damage. */
export class CorruptJournalError extends Error {
  override name = 'CorruptJournalError'
}

const FILE_MAGIC = Buffer.from('CRJ1')
const GROUP_MAGIC = Buffer.from('CRJG')
const FORMAT = 1
/** File: magic, format, generation, reserved (u32 each, little-endian). */
const FILE_HEADER_BYTES = 16
/** Group: magic, generation, body length, CRC-32 of the body. */
const GROUP_HEADER_BYTES = 16
/** Entry: seq (low and high u32), document id length (u16), update length (u32), then both. */
const ENTRY_HEADER_BYTES = 14
/**
 * The file grows in steps written with zeros, so that a group lands in blocks the file already
 * owns: an fdatasync that must also commit a new size or new blocks costs a journal commit of
 * the file system on top of the data.
 */
const GROWTH_BYTES = 1024 * 1024
const ZEROS = Buffer.alloc(GROWTH_BYTES)

/**
 * The front of the update log in a store on disk: each sync's appends are one group, written to
 * this plain file with one `pwrite` and made durable by one fdatasync of it — instead of a SQLite
 * transaction whose lock calls and WAL frames (a page each for the log table, its index and the
 * AUTOINCREMENT counter) cost more than the fdatasync itself. The store moves the entries into
 * its log table in bulk later, without waiting for the disk.
 *
 * Each group carries the file's generation and a CRC-32 of its body. Reading stops at the first
 * group that is not intact: a process killed in the middle of a write leaves at most its last
 * group torn, and that group was never acknowledged. A damaged group followed by an intact one is
 * not a torn write and fails the open with `CorruptJournalError`. `restart` begins a new
 * generation at the start of the file once every entry is durable elsewhere; the groups of the
 * old generation that it does not overwrite are never read again.
 */
export class UpdateJournal {
  private offset: number
  private allocated: number

  private constructor(
    private readonly fd: number,
    private generation: number,
    offset: number,
    allocated: number,
  ) {
    this.offset = offset
    this.allocated = allocated
  }

  /**
   * Opens the journal at `path`, creating it when there is none, and returns the entries its
   * current generation holds — the ones the last process may not have moved into the log table.
   */
  static open(path: string): { journal: UpdateJournal; entries: JournalEntry[] } {
    let fd: number
    try {
      fd = openSync(path, 'r+')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return { journal: UpdateJournal.create(path), entries: [] }
    }
    try {
      const bytes = readFileSync(fd)
      const generation = fileGeneration(bytes, path)
      if (generation === null) {
        // Created, but the process died before its header reached the disk: nothing was ever
        // acknowledged from it.
        const journal = new UpdateJournal(fd, 0, FILE_HEADER_BYTES, bytes.length)
        journal.begin()
        return { journal, entries: [] }
      }
      const { entries, end } = readGroups(bytes, generation, path)
      return { journal: new UpdateJournal(fd, generation, end, bytes.length), entries }
    } catch (error) {
      closeSync(fd)
      throw error
    }
  }

  private static create(path: string): UpdateJournal {
    const fd = openSync(path, 'w+')
    const journal = new UpdateJournal(fd, 0, FILE_HEADER_BYTES, 0)
    try {
      journal.begin()
      // The new file's name must be on disk too, or a power cut could take the journal with it.
      const dir = openSync(dirname(path), 'r')
      try {
        fsyncSync(dir)
      } finally {
        closeSync(dir)
      }
    } catch (error) {
      closeSync(fd)
      throw error
    }
    return journal
  }

  /** Bytes the current generation has written, its header included. */
  get size(): number {
    return this.offset
  }

  /** Bytes a group of these entries takes. */
  static groupBytes(entries: readonly JournalEntry[]): number {
    let bytes = GROUP_HEADER_BYTES
    for (const entry of entries) bytes += ENTRY_HEADER_BYTES + Buffer.byteLength(entry.documentId) + entry.update.byteLength
    return bytes
  }

  /**
   * Writes the entries as one group. They are in the page cache when this returns, and on disk
   * once an fdatasync of the file that began after it has ended. Throws when the write failed;
   * then the next group is written in its place.
   */
  append(entries: readonly JournalEntry[]): void {
    const group = encodeGroup(entries, this.generation)
    this.allocate(this.offset + group.length)
    writeFully(this.fd, group, this.offset)
    this.offset += group.length
  }

  /**
   * Begins a new generation at the start of the file. Only once every entry written so far is
   * durable elsewhere: the entries of the old generation are not read again.
   */
  restart(): void {
    const header = Buffer.alloc(FILE_HEADER_BYTES)
    FILE_MAGIC.copy(header, 0)
    header.writeUInt32LE(FORMAT, 4)
    header.writeUInt32LE(this.generation + 1, 8)
    writeFully(this.fd, header, 0)
    this.generation += 1
    this.offset = FILE_HEADER_BYTES
  }

  private closed = false

  close(): void {
    if (this.closed) return
    this.closed = true
    closeSync(this.fd)
  }

  /** Gives a new file its first step of space and its header, on disk before any group. */
  private begin(): void {
    this.allocate(GROWTH_BYTES)
    this.restart()
    fsyncSync(this.fd)
  }

  private allocate(bytes: number): void {
    if (bytes <= this.allocated) return
    const target = Math.ceil(bytes / GROWTH_BYTES) * GROWTH_BYTES
    try {
      for (let at = this.allocated; at < target; at += GROWTH_BYTES) writeFully(this.fd, ZEROS.subarray(0, Math.min(GROWTH_BYTES, target - at)), at)
      this.allocated = target
    } catch (error) {
      // A full disk can stop the growth halfway; what was allocated stays usable.
      this.allocated = fstatSync(this.fd).size
      throw error
    }
  }
}

function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  let written = 0
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written)
}

/** The generation in the file's header; null for a header never written (all zeros or cut short). */
function fileGeneration(bytes: Buffer, path: string): number | null {
  if (bytes.length < FILE_HEADER_BYTES || bytes.subarray(0, FILE_HEADER_BYTES).every((byte) => byte === 0)) return null
  if (!bytes.subarray(0, 4).equals(FILE_MAGIC)) throw new CorruptJournalError(`${path} is not a Claimroom update journal`)
  const format = bytes.readUInt32LE(4)
  if (format !== FORMAT) throw new CorruptJournalError(`${path} has journal format ${format}; this server reads format ${FORMAT}`)
  return bytes.readUInt32LE(8)
}

function encodeGroup(entries: readonly JournalEntry[], generation: number): Buffer {
  const group = Buffer.allocUnsafe(UpdateJournal.groupBytes(entries))
  let at = GROUP_HEADER_BYTES
  for (const { seq, documentId, update } of entries) {
    group.writeUInt32LE(seq % 2 ** 32, at)
    group.writeUInt32LE(Math.floor(seq / 2 ** 32), at + 4)
    const idBytes = group.write(documentId, at + ENTRY_HEADER_BYTES, 'utf8')
    group.writeUInt16LE(idBytes, at + 8)
    group.writeUInt32LE(update.byteLength, at + 10)
    at += ENTRY_HEADER_BYTES + idBytes
    group.set(update, at)
    at += update.byteLength
  }
  GROUP_MAGIC.copy(group, 0)
  group.writeUInt32LE(generation, 4)
  group.writeUInt32LE(group.length - GROUP_HEADER_BYTES, 8)
  group.writeUInt32LE(crc32(group.subarray(GROUP_HEADER_BYTES)), 12)
  return group
}

type GroupRead = { kind: 'intact'; entries: JournalEntry[]; next: number } | { kind: 'damaged'; next: number | null } | { kind: 'absent' }

function readGroups(bytes: Buffer, generation: number, path: string): { entries: JournalEntry[]; end: number } {
  const entries: JournalEntry[] = []
  let offset = FILE_HEADER_BYTES
  for (;;) {
    const group = groupAt(bytes, offset, generation, path)
    if (group.kind === 'intact') {
      entries.push(...group.entries)
      offset = group.next
      continue
    }
    if (group.kind === 'damaged' && group.next !== null && groupAt(bytes, group.next, generation, path).kind === 'intact') {
      throw new CorruptJournalError(`${path}: the group at byte ${offset} is damaged and an intact one follows it`)
    }
    return { entries, end: offset }
  }
}

function groupAt(bytes: Buffer, offset: number, generation: number, path: string): GroupRead {
  if (offset + GROUP_HEADER_BYTES > bytes.length) return { kind: 'absent' }
  if (!bytes.subarray(offset, offset + 4).equals(GROUP_MAGIC) || bytes.readUInt32LE(offset + 4) !== generation) return { kind: 'absent' }
  const bodyStart = offset + GROUP_HEADER_BYTES
  const bodyEnd = bodyStart + bytes.readUInt32LE(offset + 8)
  if (bodyEnd > bytes.length) return { kind: 'damaged', next: null }
  const body = bytes.subarray(bodyStart, bodyEnd)
  if (crc32(body) !== bytes.readUInt32LE(offset + 12)) return { kind: 'damaged', next: bodyEnd }
  return { kind: 'intact', entries: decodeEntries(body, path, offset), next: bodyEnd }
}

function decodeEntries(body: Buffer, path: string, groupOffset: number): JournalEntry[] {
  const entries: JournalEntry[] = []
  let at = 0
  while (at < body.length) {
    if (at + ENTRY_HEADER_BYTES > body.length) throw new CorruptJournalError(`${path}: the group at byte ${groupOffset} ends inside an entry`)
    const seq = body.readUInt32LE(at) + body.readUInt32LE(at + 4) * 2 ** 32
    const idEnd = at + ENTRY_HEADER_BYTES + body.readUInt16LE(at + 8)
    const updateEnd = idEnd + body.readUInt32LE(at + 10)
    if (updateEnd > body.length) throw new CorruptJournalError(`${path}: the group at byte ${groupOffset} ends inside an entry`)
    entries.push({
      seq,
      documentId: body.toString('utf8', at + ENTRY_HEADER_BYTES, idEnd) as DocumentId,
      // A copy: the file's bytes are let go once the entries are in the log table.
      update: new Uint8Array(body.subarray(idEnd, updateEnd)),
    })
    at = updateEnd
  }
  return entries
}
