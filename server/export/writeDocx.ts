import type { LayoutBlock, OfficeLayout, VersionStamp } from '../../shared/files/officeLayout'
import { runOnThread } from '../threads/oneShotThread'
import type { DocxOptions } from './docxFile'
import type { DocxTask } from './exportThread'

/** Documents up to this much text are written at once: the DOCX of 2,000 paragraphs takes a few hundred milliseconds. */
const INLINE_CHARACTERS = 64 * 1024

function blockLength(block: LayoutBlock): number {
  if (block.type === 'listed-claim') return block.runs.reduce((sum, run) => sum + run.text.length, block.label.length)
  return block.type === 'signature-line' ? block.label.length : block.text.length
}

const textLength = (layout: OfficeLayout): number =>
  layout.parts.reduce((sum, part) => sum + part.blocks.reduce((partSum, block) => partSum + blockLength(block), 0), 0)

/** Writes the DOCX of a laid-out document; a long one on a thread of its own, so that live editing never waits for it. */
export async function writeDocx(layout: OfficeLayout, stamp: VersionStamp, documentTitle: string, options: DocxOptions = { footer: true }): Promise<Uint8Array<ArrayBuffer>> {
  if (textLength(layout) <= INLINE_CHARACTERS) {
    // Loaded on first use: the docx package is megabytes of memory the server need not hold until someone exports.
    const { docxFile } = await import('./docxFile')
    return new Uint8Array(await docxFile(layout, stamp, documentTitle, options))
  }
  const task: DocxTask = { layout, stamp, documentTitle, options }
  return runOnThread<Uint8Array<ArrayBuffer>>('export/exportThread', task, { timeoutMs: 60_000, heapMb: 512, maxRunning: 2 })
}
