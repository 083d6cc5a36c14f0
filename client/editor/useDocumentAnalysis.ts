import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEffect, useState } from 'react'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { LocatedFinding, PatentDocumentAnalysis } from '../../shared/editor/analyzePatentDocument'
import { readPatentDocument } from '../../shared/editor/readPatentDocument'
import type { Locale, LocalizedText } from '../../shared/i18n/locale'
import { findingKey } from '../../shared/review/findingKey'
import { findingDecorations, findingsKey } from './analysisPlugin'
import { legalBases, withBasis, type ShownFinding } from './findingBasis'

/** The analysis as the editor shows it: each finding with its legal basis, the ones someone dismissed apart from the rest. */
export interface EditorAnalysis extends PatentDocumentAnalysis {
  findings: ShownFinding[]
  /** Findings dismissed with a reason (finding triage): listed apart, not counted, not underlined. */
  dismissed: ShownFinding[]
}

const EMPTY: EditorAnalysis = { claims: [], findings: [], dismissed: [] }
const NONE_DISMISSED: ReadonlySet<string> = new Set()

/** Sets apart the findings whose key (shared/review/findingKey.ts) was dismissed. */
function setApartDismissed(analysis: PatentDocumentAnalysis, doc: ProseMirrorNode, dismissedKeys: ReadonlySet<string>): PatentDocumentAnalysis & { dismissed: LocatedFinding[] } {
  if (dismissedKeys.size === 0) return { ...analysis, dismissed: [] }
  const content = readPatentDocument(doc)
  const findings: LocatedFinding[] = []
  const dismissed: LocatedFinding[] = []
  for (const finding of analysis.findings) (dismissedKeys.has(findingKey(finding, content)) ? dismissed : findings).push(finding)
  return { claims: analysis.claims, findings, dismissed }
}

interface Checker {
  analyze: typeof import('../../shared/editor/analyzePatentDocument').analyzePatentDocument
  /** Every drafting rule, for the legal basis each cites. */
  rules: typeof import('../../shared/rules/rules').RULES
}

let checker: Promise<Checker> | undefined

/** The parser and rules are a chunk of their own: the text is on screen before they arrive. */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import('../../shared/editor/analyzePatentDocument'), import('../../shared/rules/rules')]).then(([analysis, rules]) => ({
    analyze: analysis.analyzePatentDocument,
    rules: rules.RULES,
  }))
  return checker
}

/** Analysis waits for this pause in changes, so a burst of keystrokes or remote edits is checked once. */
const ANALYSIS_DELAY_MS = 100

/**
 * Runs the drafting checker as everyone types: after every change to the document — one's own
 * or another person's — once changes pause for a moment. Findings whose key is in
 * `dismissedKeys` are set apart.
 */
export function useDocumentAnalysis(
  editor: Editor | null,
  kind: DocumentKind,
  jurisdiction: Jurisdiction,
  locale: Locale,
  dismissedKeys: ReadonlySet<string> = NONE_DISMISSED,
): EditorAnalysis {
  const [analysis, setAnalysis] = useState<EditorAnalysis>(EMPTY)
  useEffect(() => {
    if (!editor) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    let analyze: Checker['analyze'] | undefined
    let bases: ReadonlyMap<string, LocalizedText> = new Map()
    let latest = EMPTY
    let caret = -1
    const decorate = () => {
      caret = editor.state.selection.head
      const decorations = findingDecorations(editor.state.doc, latest.findings, locale, caret)
      editor.view.dispatch(editor.state.tr.setMeta(findingsKey, decorations).setMeta('addToHistory', false))
    }
    const run = () => {
      // A run that comes first (the checker just loaded) takes the place of one still scheduled,
      // whose timer would otherwise be lost and fire after this effect is cleaned up: that run
      // put back findings read with what the effect knew then, a dismissal not yet loaded.
      clearTimeout(timer)
      timer = undefined
      if (!live || editor.isDestroyed || !analyze) return
      const { claims, findings, dismissed } = setApartDismissed(analyze(editor.state.doc, kind, jurisdiction), editor.state.doc, dismissedKeys)
      latest = { claims, findings: withBasis(findings, bases), dismissed: withBasis(dismissed, bases) }
      setAnalysis(latest)
      decorate()
    }
    // Moving the caret away from a finding shows its underline again, without a new analysis.
    const onSelection = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged && !timer && editor.state.selection.head !== caret) decorate()
    }
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(run, ANALYSIS_DELAY_MS)
    }
    void loadChecker().then((loaded) => {
      analyze = loaded.analyze
      bases = legalBases(loaded.rules, jurisdiction)
      if (live) run()
    })
    editor.on('update', schedule)
    editor.on('selectionUpdate', onSelection)
    return () => {
      live = false
      editor.off('update', schedule)
      editor.off('selectionUpdate', onSelection)
      clearTimeout(timer)
    }
  }, [editor, kind, jurisdiction, locale, dismissedKeys])
  return analysis
}

/** How far from the window's edge a jump leaves its target: a line or two of context. */
const JUMP_MARGIN_PX = 48

/**
 * Selects a range and brings it into view, for "click a finding to jump". ProseMirror scrolls only
 * as far as the window's edge, where on a phone the panels stuck over the top of the page cover
 * the text, or the target sits on the screen's last line: it then lands below those panels.
 */
export function jumpTo(editor: Editor, from: number, to: number): void {
  editor.chain().focus().setTextSelection({ from, to: Math.max(from, to) }).scrollIntoView().run()
  const target = editor.view.coordsAtPos(from)
  const covered = coveredFromTop(target.left)
  if (target.top < covered + JUMP_MARGIN_PX / 2 || target.bottom > window.innerHeight - JUMP_MARGIN_PX) {
    window.scrollBy({ top: target.top - covered - JUMP_MARGIN_PX })
  }
}

/**
 * How far down from the top of the window the panels that stick there cover the text at `x`
 * (0 where they stand beside the text). Counted as if they were stuck already: a jump from the
 * top of the page scrolls down, and they stick as it does.
 */
function coveredFromTop(x: number): number {
  let covered = 0
  for (const panels of document.querySelectorAll<HTMLElement>('.panel-tabs')) {
    const style = getComputedStyle(panels)
    const rect = panels.getBoundingClientRect()
    if (style.position === 'sticky' && rect.left <= x && x <= rect.right) covered = Math.max(covered, (parseFloat(style.top) || 0) + rect.height)
  }
  return covered
}
