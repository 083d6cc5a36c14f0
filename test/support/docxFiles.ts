import { crc32 } from 'node:zlib'
import { readZipDirectory, unzipEntry } from '../../server/import/zipDirectory'
import type { TestUser } from './factories'

/** The text of one file inside a zip (a DOCX), read through its central directory. */
export function unzipText(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes)?.find((e) => e.name === name)
  if (!entry) throw new Error(`${name} is not in the archive`)
  return Buffer.from(unzipEntry(bytes, entry)).toString('utf8')
}

/**
 * A zip of stored (uncompressed) files with their CRCs, as Word could write it; `declaredSize`
 * makes its directory claim another unpacked size (the import reads the directory first).
 */
export function storedZip(files: { name: string; data: Uint8Array; declaredSize?: number }[]): Uint8Array {
  const locals: Buffer[] = []
  const entries: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const name = Buffer.from(file.name)
    const crc = crc32(file.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(file.data.length, 18)
    local.writeUInt32LE(file.declaredSize ?? file.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(file.data.length, 20)
    entry.writeUInt32LE(file.declaredSize ?? file.data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    locals.push(local, name, Buffer.from(file.data))
    entries.push(entry, name)
    offset += 30 + name.length + file.data.length
  }
  const directory = Buffer.concat(entries)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

/** The files of a zip archive, by name. */
export const zipNames = (bytes: Uint8Array): string[] => readZipDirectory(bytes)?.map((e) => e.name) ?? []

/** GET of a document's DOCX export. */
export async function exportDocx(baseUrl: string, user: TestUser, documentId: string, version?: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
  const query = version === undefined ? '' : `?version=${encodeURIComponent(version)}`
  const response = await fetch(`${baseUrl}/api/documents/${documentId}/export.docx${query}`, { headers: { authorization: `Bearer ${user.token}` } })
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers }
}

/** POST of an import as a browser's form would send it; `file` goes up as a DOCX named like one. */
export async function importDocument<T = unknown>(
  baseUrl: string,
  user: TestUser,
  matterId: string,
  fields: { kind?: string; title?: string; text?: string; file?: Uint8Array },
): Promise<{ status: number; body: T }> {
  const form = new FormData()
  if (fields.kind !== undefined) form.set('kind', fields.kind)
  if (fields.title !== undefined) form.set('title', fields.title)
  if (fields.text !== undefined) form.set('text', fields.text)
  if (fields.file !== undefined) form.set('file', new Blob([new Uint8Array(fields.file)]), 'upload.docx')
  const response = await fetch(`${baseUrl}/api/matters/${matterId}/import`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` }, body: form })
  return { status: response.status, body: (await response.json()) as T }
}
