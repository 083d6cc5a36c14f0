import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { useI18n } from '../i18n/I18nProvider'
import { editorExtensions } from './editorExtensions'
import { JurisdictionContext } from './jurisdictionContext'
import { ClaimTreePanel } from './panels/ClaimTreePanel'
import { FindingsPanel } from './panels/FindingsPanel'
import { PresencePanel } from './panels/PresencePanel'
import { useCollaborationStatus, type Collaboration as CollaborationHandle } from './useCollaboration'
import { useDocumentAnalysis } from './useDocumentAnalysis'

interface Props {
  collaboration: CollaborationHandle
  kind: DocumentKind
  jurisdiction: Jurisdiction
  canEdit: boolean
  user: { name: string; color: string }
}

/** The Tiptap editor bound to the shared document, with carets, presence, save state and the live checker. */
export function CollaborativeEditor({ collaboration, kind, jurisdiction, canEdit, user }: Props) {
  const { t, locale } = useI18n()
  const status = useCollaborationStatus(collaboration)
  const editor = useEditor(
    {
      editable: canEdit,
      extensions: [
        ...editorExtensions(kind, locale),
        Collaboration.configure({ document: collaboration.doc, field: BODY_FIELD }),
        CollaborationCaret.configure({ provider: collaboration.provider, user }),
      ],
    },
    [collaboration, kind, canEdit, locale],
  )
  const analysis = useDocumentAnalysis(editor, kind, jurisdiction, locale)

  if (status.failure !== null) {
    return (
      <p className="error" role="alert">
        {t('error.loadFailed')}
      </p>
    )
  }
  return (
    <JurisdictionContext.Provider value={jurisdiction}>
      <div className="document-layout">
        <div className="editor-column">
          <div className="status-bar" data-testid="status-bar">
            <span className={`connection ${status.connection}`} data-testid="connection-state" data-state={status.connection}>
              {t(`connection.${status.connection}`)}
            </span>
            <span className={`save ${status.save}`} data-testid="save-state" data-state={status.save}>
              {t(`save.${status.save}`)}
            </span>
            <span className="badge">{jurisdiction}</span>
            {!canEdit && <span className="muted">{t('document.readOnly')}</span>}
            {canEdit && kind !== 'disclosure' && <span className="muted small hint">{t('editor.claimsHint')}</span>}
          </div>
          <EditorContent editor={editor} className={`editor kind-${kind}`} data-testid="editor" />
        </div>
        <aside className="side-panels">
          <PresencePanel provider={collaboration.provider} />
          {kind !== 'disclosure' && <ClaimTreePanel editor={editor} claims={analysis.claims} />}
          <FindingsPanel editor={editor} findings={analysis.findings} />
        </aside>
      </div>
    </JurisdictionContext.Provider>
  )
}
