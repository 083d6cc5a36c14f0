import { inflateRawSync } from 'node:zlib'

/** One file in a zip archive, as its central directory declares it. */
export interface ZipEntry {
  name: string
  /** General-purpose flags; bit 0 set means the entry is encrypted. */
  flags: number
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const ZIP64_MARK = 0xffffffff

/**
 * The entries of a zip archive from its central directory, without unpacking anything; null when
 * the bytes are not a readable zip. Sizes of ZIP64 entries read as ZIP64_MARK (4 GiB), which is
 * what a caller checking sizes should see of them.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    if (at + 46 + nameLength > bytes.length) return null
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Whether an entry's declared size says ZIP64: more than 4 GiB, or hidden in an extra field. */
export const isZip64 = (entry: ZipEntry): boolean => entry.uncompressedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK

/** An entry's bytes, unpacked to no more than the size the directory declares (checkDocx has bounded those). */
export function unzipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) return data
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  throw new Error(`${entry.name} is packed with method ${entry.method}, which a DOCX does not use`)
}
