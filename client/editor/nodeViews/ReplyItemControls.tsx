import type { Editor } from '@tiptap/react'
import { moveReplyItem, removeReplyItem } from '../../../shared/editor/replyEditing'
import { useI18n } from '../../i18n/I18nProvider'

/** Move up, move down and remove, for a cited document or an objection of a reply. */
export function ReplyItemControls({ editor, getPos, name }: { editor: Editor; getPos: () => number | undefined; name: string }) {
  const { t } = useI18n()
  if (!editor.isEditable) return null
  const run = (make: (pos: number) => ReturnType<typeof removeReplyItem>) => {
    const pos = getPos()
    const tr = pos === undefined ? null : make(pos)
    if (tr) editor.view.dispatch(tr)
  }
  return (
    <span className="reply-item-controls">
      <button type="button" className="small" title={t('reply.moveUp')} aria-label={t('label.value', { label: t('reply.moveUp'), value: name })} onClick={() => run((pos) => moveReplyItem(editor.state, pos, 'up'))}>
        ↑
      </button>
      <button type="button" className="small" title={t('reply.moveDown')} aria-label={t('label.value', { label: t('reply.moveDown'), value: name })} onClick={() => run((pos) => moveReplyItem(editor.state, pos, 'down'))}>
        ↓
      </button>
      <button type="button" className="small danger" title={t('reply.remove')} aria-label={t('label.value', { label: t('reply.remove'), value: name })} onClick={() => run((pos) => removeReplyItem(editor.state, pos))}>
        ✕
      </button>
    </span>
  )
}
