import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useI18n } from '../../i18n/I18nProvider'
import { AttributeField } from './AttributeField'
import { keepCaretOutOfForm } from './nodeForm'
import { ReplyItemControls } from './ReplyItemControls'

/** One cited document D1…Dn: publication number, the name the office calls it by (US: its first inventor), title (typed in the text) and the passages relied on. */
export function CitedDocumentView({ node, updateAttributes, editor, getPos }: ReactNodeViewProps) {
  const { t } = useI18n()
  const readOnly = !editor.isEditable
  const number = node.attrs.number as string
  return (
    <NodeViewWrapper className="cited-document-fields" data-testid="cited-document">
      <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
        <AttributeField label={t('cited.number')} value={number} readOnly={readOnly} size={24} testId="cited-number" onChange={(value) => updateAttributes({ number: value })} />
        <AttributeField
          label={t('cited.name')}
          value={(node.attrs.name as string) ?? ''}
          readOnly={readOnly}
          size={12}
          testId="cited-name"
          placeholder={t('cited.namePlaceholder')}
          onChange={(value) => updateAttributes({ name: value })}
        />
        <ReplyItemControls editor={editor} getPos={getPos} name={number || node.textContent || t('officeAction.cited')} />
      </div>
      <div className="cited-title">
        <span className="field-label" contentEditable={false}>
          {t('cited.title')}
        </span>
        <div className="cited-title-text">
          {node.content.size === 0 && (
            <span className="cited-title-placeholder" contentEditable={false}>
              {t('cited.titlePlaceholder')}
            </span>
          )}
          <NodeViewContent data-testid="cited-title" />
        </div>
      </div>
      <div className="node-form" contentEditable={false} data-node-form onMouseDown={keepCaretOutOfForm}>
        <AttributeField
          label={t('cited.passages')}
          value={node.attrs.passages as string}
          readOnly={readOnly}
          multiline
          testId="cited-passages"
          onChange={(value) => updateAttributes({ passages: value })}
        />
      </div>
    </NodeViewWrapper>
  )
}
