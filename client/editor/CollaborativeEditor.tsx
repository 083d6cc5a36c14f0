import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { BODY_FIELD, documentExtensions } from '../../shared/editor/documentExtensions'
import { useI18n } from '../i18n/I18nProvider'
import { useCollaborationStatus, type Collaboration as CollaborationHandle } from './useCollaboration'
import { usePresence } from './usePresence'

interface Props {
  collaboration: CollaborationHandle
  kind: DocumentKind
  canEdit: boolean
  user: { name: string; color: string }
}

/** The Tiptap editor bound to the shared document, with carets, presence and save state. */
export function CollaborativeEditor({ collaboration, kind, canEdit, user }: Props) {
  const { t } = useI18n()
  const status = useCollaborationStatus(collaboration)
  const participants = usePresence(collaboration.provider)
  const editor = useEditor(
    {
      editable: canEdit,
      extensions: [
        ...documentExtensions(kind),
        Collaboration.configure({ document: collaboration.doc, field: BODY_FIELD }),
        CollaborationCaret.configure({ provider: collaboration.provider, user }),
      ],
    },
    [collaboration, kind, canEdit],
  )

  if (status.failure !== null) {
    return (
      <p className="error" role="alert">
        {t('error.loadFailed')}
      </p>
    )
  }
  return (
    <div className="document-layout">
      <div className="editor-column">
        <div className="status-bar" data-testid="status-bar">
          <span className={`connection ${status.connection}`} data-testid="connection-state" data-state={status.connection}>
            {t(`connection.${status.connection}`)}
          </span>
          <span className={`save ${status.save}`} data-testid="save-state" data-state={status.save}>
            {t(`save.${status.save}`)}
          </span>
          {!canEdit && <span className="muted">{t('document.readOnly')}</span>}
        </div>
        <EditorContent editor={editor} className="editor" data-testid="editor" />
      </div>
      <aside className="side-panel">
        <h2>{t('presence.title')}</h2>
        <ul className="presence" data-testid="presence">
          {participants.map((p) => (
            <li key={p.clientId}>
              <span className="dot" style={{ background: p.color }} />
              {p.name}
              {p.self && <span className="muted"> ({t('presence.you')})</span>}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  )
}
