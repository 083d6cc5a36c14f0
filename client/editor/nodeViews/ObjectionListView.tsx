import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { OBJECTION_GROUNDS } from '../../../shared/editor/objectionGrounds'
import { addObjection } from '../../../shared/editor/replyEditing'
import { useI18n } from '../../i18n/I18nProvider'
import { useJurisdiction } from '../jurisdictionContext'
import { keepCaretOutOfForm } from './nodeForm'

/** The objections of the office action, with a button that records another one. */
export function ObjectionListView({ node, editor }: ReactNodeViewProps) {
  const { t } = useI18n()
  const jurisdiction = useJurisdiction()
  const add = () => {
    // A new objection starts on the ground offices raise most: inventive step.
    const tr = addObjection(editor.state, OBJECTION_GROUNDS[jurisdiction][1]!.code)
    if (!tr) return
    editor.view.dispatch(tr)
    editor.view.focus()
  }
  return (
    <NodeViewWrapper className="objection-list" data-testid="objection-list">
      <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
        <strong>{t('objections.title')}</strong>
        {node.childCount === 0 && <span className="muted small">{t('objections.none')}</span>}
      </div>
      <NodeViewContent />
      {editor.isEditable && (
        <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
          <button type="button" className="small" onClick={add} data-testid="add-objection">
            + {t('objections.add')}
          </button>
        </div>
      )}
    </NodeViewWrapper>
  )
}
