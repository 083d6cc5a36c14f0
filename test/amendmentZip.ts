import { inflateRawSync } from 'node:zlib'

/**
 * The files of a ZIP archive (a DOCX) by name, read from its central directory: stored and
 * deflated entries, which is all Word and the docx package write.
 */
export function unzip(archive: Uint8Array): Map<string, Buffer> {
  const data = Buffer.from(archive)
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory')
  const count = data.readUInt16LE(end + 10)
  let at = data.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory')
    const method = data.readUInt16LE(at + 10)
    const size = data.readUInt32LE(at + 20)
    const nameLength = data.readUInt16LE(at + 28)
    const extraLength = data.readUInt16LE(at + 30)
    const commentLength = data.readUInt16LE(at + 32)
    const local = data.readUInt32LE(at + 42)
    const name = data.toString('utf8', at + 46, at + 46 + nameLength)
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
    const stored = data.subarray(start, start + size)
    files.set(name, method === 8 ? inflateRawSync(stored) : Buffer.from(stored))
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}

/** The runs of a WordprocessingML document as [text, struck through, underlined]. */
export function wordRuns(documentXml: string): [string, boolean, boolean][] {
  return [...documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => [
    [...run!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    /<w:strike\/>/.test(run!),
    /<w:u w:val="single"\/>/.test(run!),
  ])
}
