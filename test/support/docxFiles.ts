import { inflateRawSync } from 'node:zlib'
import { readZipDirectory } from '../../server/import/zipDirectory'
import type { TestUser } from './factories'

/** The text of one file inside a zip (a DOCX), read through its central directory. */
export function unzipText(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes)?.find((e) => e.name === name)
  if (!entry) throw new Error(`${name} is not in the archive`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localHeaderOffset
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  return (entry.method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8')
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
