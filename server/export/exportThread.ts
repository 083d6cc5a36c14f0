import type { OfficeLayout, VersionStamp } from '../../shared/files/officeLayout'
import { serveOnce } from '../threads/oneShotThread'
import { docxFile } from './docxFile'

export interface DocxTask {
  layout: OfficeLayout
  stamp: VersionStamp
  documentTitle: string
}

/** One DOCX written per thread (writeDocx.ts). */
serveOnce<DocxTask, Uint8Array>(async ({ layout, stamp, documentTitle }) => {
  const file = new Uint8Array(await docxFile(layout, stamp, documentTitle))
  return { result: file, transfer: [file.buffer as ArrayBuffer] }
})
