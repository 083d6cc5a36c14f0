import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { analyzePatentDocument, type PatentDocumentAnalysis } from '../../shared/editor/analyzePatentDocument'
import type { Locale } from '../../shared/i18n/locale'
import { findingDecorations, findingsKey } from './analysisPlugin'

const EMPTY: PatentDocumentAnalysis = { claims: [], findings: [] }

/**
 * Runs the drafting checker as everyone types: after every change to the document — one's own
 * or another person's — at most once per animation frame.
 */
export function useDocumentAnalysis(
  editor: Editor | null,
  kind: DocumentKind,
  jurisdiction: Jurisdiction,
  locale: Locale,
): PatentDocumentAnalysis {
  const [analysis, setAnalysis] = useState<PatentDocumentAnalysis>(EMPTY)
  useEffect(() => {
    if (!editor) return
    let frame = 0
    const run = () => {
      frame = 0
      if (editor.isDestroyed) return
      const result = analyzePatentDocument(editor.state.doc, kind, jurisdiction)
      setAnalysis(result)
      const tr = editor.state.tr.setMeta(findingsKey, findingDecorations(editor.state.doc, result.findings, locale))
      tr.setMeta('addToHistory', false)
      editor.view.dispatch(tr)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(run)
    }
    schedule()
    editor.on('update', schedule)
    return () => {
      editor.off('update', schedule)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [editor, kind, jurisdiction, locale])
  return analysis
}

/** Selects a range and brings it into view, for "click a finding to jump". */
export function jumpTo(editor: Editor, from: number, to: number): void {
  editor.chain().focus().setTextSelection({ from, to: Math.max(from, to) }).scrollIntoView().run()
}
