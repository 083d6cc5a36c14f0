import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { OFFICE_ACTION_TYPES, officeActionTypeLabel, replyDeadline, type OfficeActionType } from '../../../shared/domain/replyDeadline'
import { addCitedDocument } from '../../../shared/editor/replyEditing'
import { actionRound } from '../../../shared/editor/readPatentDocument'
import { useI18n } from '../../i18n/I18nProvider'
import { AttributeField } from './AttributeField'
import { useJurisdiction } from '../jurisdictionContext'
import { keepCaretOutOfForm } from './nodeForm'

/** The office action's kind, round (第二次…) and issue date as form fields, the computed reply deadline, and the cited documents D1…Dn. */
export function OfficeActionView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t, rich, locale } = useI18n()
  const jurisdiction = useJurisdiction()
  const actionType = node.attrs.actionType as OfficeActionType
  const issueDate = node.attrs.issueDate as string
  const deadline = replyDeadline(jurisdiction, actionType, issueDate)
  const readOnly = !editor.isEditable
  const addCited = () => {
    const tr = addCitedDocument(editor.state)
    if (!tr) return
    editor.view.dispatch(tr)
    editor.view.focus()
  }
  return (
    <NodeViewWrapper className="office-action" data-testid="office-action">
      <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
        <strong>{t('officeAction.title')}</strong>
        <label>
          {t('officeAction.type')}
          <select value={actionType} disabled={readOnly} onChange={(e) => updateAttributes({ actionType: e.target.value })}>
            {OFFICE_ACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {officeActionTypeLabel(jurisdiction, type)[locale]}
              </option>
            ))}
          </select>
        </label>
        {actionType === 'subsequent' && (
          <AttributeField
            label={t('officeAction.round')}
            value={(node.attrs.round as string) ?? ''}
            readOnly={readOnly}
            size={3}
            testId="office-action-round"
            placeholder="2"
            // A number of 2 or more, as typed in Arabic numerals; anything else leaves the round unsaid.
            onChange={(value) => updateAttributes({ round: (actionRound(value.trim()) ?? 0) >= 2 ? value.trim() : '' })}
          />
        )}
        <label>
          {t('officeAction.issueDate')}
          <input type="date" value={issueDate} disabled={readOnly} onChange={(e) => updateAttributes({ issueDate: e.target.value })} />
        </label>
        <span className="deadline" data-testid="reply-deadline">
          {deadline ? (
            rich('label.value', {
              label: t('officeAction.deadline'),
              value:
                deadline.deadline === null ? (
                  <span>{deadline.basis[locale]}</span>
                ) : (
                  rich('text.withAside', {
                    text: <strong>{deadline.deadline}</strong>,
                    aside: <span className="muted small">{t('text.parenthetical', { text: deadline.basis[locale] })}</span>,
                  })
                ),
            })
          ) : (
            <span className="muted">{t('officeAction.noDeadline')}</span>
          )}
        </span>
        <span className="muted small">{t('officeAction.cited')}</span>
        {node.childCount === 0 && <span className="muted small">{t('officeAction.noCited')}</span>}
      </div>
      <NodeViewContent className="cited-documents" />
      {!readOnly && (
        <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
          <button type="button" className="small" onClick={addCited} data-testid="add-cited">
            + {t('officeAction.addCited')}
          </button>
        </div>
      )}
    </NodeViewWrapper>
  )
}
