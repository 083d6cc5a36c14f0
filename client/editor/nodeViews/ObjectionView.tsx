import { NodeViewContent, NodeViewWrapper, useEditorState, type ReactNodeViewProps } from '@tiptap/react'
import { readClaimChart, writeClaimChart } from '../../../shared/editor/claimChart'
import { documentLocale } from '../../../shared/editor/documentTemplate'
import { OBJECTION_GROUNDS, OTHER_GROUND, isOtherGround, objectionGround } from '../../../shared/editor/objectionGrounds'
import { readClaimLists } from '../../../shared/editor/readPatentDocument'
import { citedLabels, writeCitedLabels } from '../../../shared/editor/replyEditing'
import { useI18n } from '../../i18n/I18nProvider'
import { ClaimChartEditor } from '../../prosecution/ClaimChartEditor'
import { useJurisdiction } from '../jurisdictionContext'
import { AttributeField } from './AttributeField'
import { keepCaretOutOfForm } from './nodeForm'
import { ReplyItemControls } from './ReplyItemControls'

/** How many documents the office action cites: the D-numbers an objection can name. */
function citedCount({ editor }: { editor: ReactNodeViewProps['editor'] }): number {
  let count = 0
  editor.state.doc.forEach((node) => {
    if (node.type.name === 'officeAction') count = node.childCount
  })
  return count
}

/** The amended claims' texts, which a claim chart splits into features. */
function amendedClaims({ editor }: { editor: ReactNodeViewProps['editor'] }): string[] {
  return readClaimLists(editor.state.doc)[0]?.claims.map((claim) => claim.text) ?? []
}

/** One objection: on which ground, which claims, over which cited documents — and the argument below. */
export function ObjectionView({ node, updateAttributes, editor, getPos }: ReactNodeViewProps) {
  const { t, locale } = useI18n()
  const jurisdiction = useJurisdiction()
  const cited = useEditorState({ editor, selector: citedCount })
  const readOnly = !editor.isEditable
  const ground = node.attrs.ground as string
  const known = objectionGround(jurisdiction, ground)
  const charted = known?.kind === 'inventive-step'
  // Only a chart reads the claims: other objections need not redraw as the claims are typed.
  const claims = useEditorState({ editor, selector: (context) => (charted ? amendedClaims(context) : []) })
  const chosen = new Set(citedLabels(node.attrs.cited as string))
  // A number cited beyond the list (a document removed, or not yet added) still shows, ticked, so that it can be unticked.
  const labels = Array.from({ length: Math.max(cited, ...chosen) }, (_, i) => i + 1)
  const toggleCited = (label: number, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(label)
    else next.delete(label)
    updateAttributes({ cited: writeCitedLabels([...next], node.attrs.cited as string) })
  }
  // A provision the office lists under no ground is written out: "other", then its text.
  const other = isOtherGround(jurisdiction, ground)
  const insertIntoArgument = (paragraph: string) => {
    const pos = getPos()
    const objection = pos === undefined ? null : editor.state.doc.nodeAt(pos)
    if (pos === undefined || !objection) return
    const { schema } = editor.state
    editor.view.dispatch(editor.state.tr.insert(pos + objection.nodeSize - 1, schema.nodes.paragraph!.create(null, schema.text(paragraph))))
  }
  return (
    <NodeViewWrapper className="objection" data-testid="objection">
      <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
        <strong className="objection-heading">{t('objection.title')}</strong>
        <label>
          {t('objection.ground')}
          <select value={other ? OTHER_GROUND : (known?.code ?? '')} disabled={readOnly} data-testid="objection-ground" onChange={(e) => updateAttributes({ ground: e.target.value })}>
            {!known && !other && <option value="">{t('objection.chooseGround')}</option>}
            {OBJECTION_GROUNDS[jurisdiction].map((g) => (
              <option key={g.code} value={g.code}>
                {g.label[locale]}
              </option>
            ))}
          </select>
        </label>
        {other && (
          <AttributeField
            label={t('objection.otherGround')}
            value={ground === OTHER_GROUND ? '' : ground}
            readOnly={readOnly}
            size={20}
            testId="objection-other-ground"
            onChange={(value) => updateAttributes({ ground: value.trim() ? value : OTHER_GROUND })}
          />
        )}
        <AttributeField
          label={t('objection.claims')}
          value={node.attrs.claims as string}
          readOnly={readOnly}
          size={8}
          testId="objection-claims"
          onChange={(value) => updateAttributes({ claims: value })}
        />
        <fieldset className="objection-cited">
          <legend>{t('objection.cited')}</legend>
          {cited === 0 && <span className="muted small">{t('objection.noCited')}</span>}
          {labels.map((label) => (
            <label key={label} className="check">
              <input type="checkbox" checked={chosen.has(label)} disabled={readOnly} onChange={(e) => toggleCited(label, e.target.checked)} />D{label}
            </label>
          ))}
        </fieldset>
        <ReplyItemControls editor={editor} getPos={getPos} name={`${t('objection.title')} ${known?.label[locale] ?? ground}`} />
      </div>
      {charted && (
        <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
          <ClaimChartEditor
            chart={readClaimChart(node.attrs.chart)}
            onChange={(chart) => updateAttributes({ chart: writeClaimChart(chart) })}
            claims={claims}
            citedCount={cited}
            readOnly={readOnly}
            documentLocale={documentLocale(jurisdiction)}
            insertIntoArgument={insertIntoArgument}
          />
        </div>
      )}
      <div className="field-label" contentEditable={false}>
        {t('objection.argument')}
      </div>
      <NodeViewContent className="objection-argument" data-testid="objection-argument" />
    </NodeViewWrapper>
  )
}
