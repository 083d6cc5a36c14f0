import { TextRun, UnderlineType } from 'docx'
import type { MarkupRun } from '../../shared/amendment/amendmentMarkup'

/**
 * A marked run of a claim as Word runs: an insertion underlined, a deletion struck through (unless
 * written in [[ ]]), line breaks kept. Real underline and strike-through, never colours or symbols
 * that a copy would lose.
 */
export function markedRuns(run: MarkupRun): TextRun[] {
  const marks = run.type === 'insert' ? { underline: { type: UnderlineType.SINGLE } } : run.type === 'delete' && !run.brackets ? { strike: true } : {}
  return run.text.split('\n').map((text, index) => new TextRun({ text, ...marks, ...(index > 0 ? { break: 1 } : {}) }))
}
