import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Locale } from '../../shared/i18n/locale'
import { formatMessage, MESSAGES } from '../i18n/messages'
import type { ShownFinding } from './findingBasis'

export const findingsKey = new PluginKey<DecorationSet>('findings')

/**
 * Underlines each finding in the text, styled by severity, with its message and legal basis as the tooltip.
 * A finding that touches the caret is not underlined: it is about the word being typed, and
 * redrawing a decoration at the caret makes Chrome put the next typed character in the wrong
 * text node.
 */
export function findingDecorations(
  doc: ProseMirrorNode,
  findings: ShownFinding[],
  locale: Locale,
  caret: number,
): DecorationSet {
  const decorations = findings
    .filter((f) => f.to > f.from && f.to <= doc.content.size && (caret < f.from || caret > f.to))
    .map((f) =>
      Decoration.inline(f.from, f.to, {
        class: `finding finding-${f.severity}`,
        title: tooltip(f, locale),
        'data-rule': f.rule,
      }),
    )
  return DecorationSet.create(doc, decorations)
}

/** A finding's message, with the legal basis of its rule in brackets when it cites one. */
function tooltip(finding: ShownFinding, locale: Locale): string {
  if (!finding.basis) return finding.message[locale]
  const basis = formatMessage(MESSAGES[locale]['text.parenthetical'], { text: finding.basis[locale] })
  return formatMessage(MESSAGES[locale]['text.withAside'], { text: finding.message[locale], aside: basis })
}

/**
 * Holds the finding underlines. The analysis runs outside (useDocumentAnalysis) and hands its
 * decorations in through a transaction meta; between analyses they move with the text.
 */
export const FindingHighlights = Extension.create({
  name: 'findingHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findingsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(findingsKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => findingsKey.getState(state) },
      }),
    ]
  },
})
