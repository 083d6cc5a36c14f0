import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useI18n } from '../../i18n/I18nProvider'

const FIELDS = ['claims', 'ground', 'cited'] as const

/** One objection: which claims, on which ground, over which documents — and the argument below. */
export function ObjectionView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t } = useI18n()
  return (
    <NodeViewWrapper className="objection" data-testid="objection">
      <div className="node-form" contentEditable={false}>
        <strong>{t('objection.title')}</strong>
        {FIELDS.map((field) => (
          <label key={field}>
            {t(`objection.${field}`)}
            <input
              value={node.attrs[field] as string}
              disabled={!editor.isEditable}
              onChange={(e) => updateAttributes({ [field]: e.target.value })}
              size={field === 'ground' ? 10 : 8}
            />
          </label>
        ))}
      </div>
      <NodeViewContent className="objection-argument" />
    </NodeViewWrapper>
  )
}
