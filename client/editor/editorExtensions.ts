import type { Extensions } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { documentExtensions } from '../../shared/editor/documentExtensions'
import { sectionLabel } from '../../shared/editor/sectionFields'
import type { Locale } from '../../shared/i18n/locale'
import { REQUIRED_DISCLOSURE_FIELDS } from '../../shared/rules/disclosureFields'
import '../prosecution/prosecution.css'
import { FindingHighlights } from './analysisPlugin'
import { emptyFieldPlaceholders } from './emptyFieldPlaceholders'
import { FieldBoundaries } from './fieldBoundaries'
import { numberedLinesAsText } from './numberedLinesAsText'
import { PastedListMarkers } from './pastedListMarkers'
import { PastedTables } from './pastedTables'
import { CitedDocumentView } from './nodeViews/CitedDocumentView'
import { stopFormEvents } from './nodeViews/nodeForm'
import { ObjectionListView } from './nodeViews/ObjectionListView'
import { ObjectionView } from './nodeViews/ObjectionView'
import { OfficeActionView } from './nodeViews/OfficeActionView'

/** The office action's cited documents are list items: their content element must be the list itself. */
const NODE_VIEWS = {
  officeAction: { component: OfficeActionView, as: 'div', contentTag: 'ol' },
  citedDocument: { component: CitedDocumentView, as: 'li', contentTag: 'div' },
  objectionList: { component: ObjectionListView, as: 'div', contentTag: 'div' },
  objection: { component: ObjectionView, as: 'div', contentTag: 'div' },
} as const

/**
 * The typing shortcuts kept: "### " for a heading and the marks' own. Those that turn "1. ", "- "
 * or "> " into a list or a quote are not: agents and inventors type claim and point numbers as
 * text ("1. 基于温升预测的…"), which the offices' forms number that way.
 */
export const INPUT_RULES = ['heading', 'bold', 'italic', 'strike', 'underline']

const REQUIRED_SUFFIX: Record<Locale, string> = { 'zh-CN': '（必填）', en: ' (required)' }

/**
 * The shared document extensions as the browser mounts them: section headings in the reader's
 * language, form-like views for the office action, its cited documents and the objections, and
 * the finding underlines. The language is read when a section is drawn, so switching it redraws
 * the text (see CollaborativeEditor) instead of rebuilding the editor and losing focus and undo history.
 */
export function editorExtensions(kind: DocumentKind, locale: () => Locale): Extensions {
  // A disclosure's required fields say so in their headings, where the inventor writes.
  const labelFor = (field: string) => {
    const label = sectionLabel(field, locale())
    return kind === 'disclosure' && (REQUIRED_DISCLOSURE_FIELDS as readonly string[]).includes(field) ? `${label}${REQUIRED_SUFFIX[locale()]}` : label
  }
  const extensions = numberedLinesAsText(documentExtensions(kind, { labelFor })).map((extension) => {
    const view = NODE_VIEWS[extension.name as keyof typeof NODE_VIEWS]
    return view
      ? extension.extend({
          addNodeView: () =>
            ReactNodeViewRenderer(view.component, { as: view.as, contentDOMElementTag: view.contentTag, stopEvent: stopFormEvents }),
        })
      : extension
  })
  return [...extensions, FindingHighlights, FieldBoundaries, PastedTables, PastedListMarkers, emptyFieldPlaceholders()]
}
