import type { OfficeLayout, VersionStamp } from '../../shared/files/officeLayout'
import { serveOnce } from '../threads/oneShotThread'
import { docxFile, type DocxOptions } from './docxFile'

export interface DocxTask {
  layout: OfficeLayout
  stamp: VersionStamp
  documentTitle: string
  options: DocxOptions
}

/** One DOCX written per thread (writeDocx.ts). */
serveOnce<DocxTask, Uint8Array>(async ({ layout, stamp, documentTitle, options }) => {
  const file = new Uint8Array(await docxFile(layout, stamp, documentTitle, options))
  return { result: file, transfer: [file.buffer as ArrayBuffer] }
})
