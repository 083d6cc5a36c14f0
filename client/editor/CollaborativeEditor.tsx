import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { NodeViewConstructor } from '@tiptap/pm/view'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'
import { keepTextInNewEmptyBlocks } from '../../shared/editor/textInEmptyBlocks'
import { useI18n } from '../i18n/I18nProvider'
import { PanelTabs, type SidePanel } from '../layout/PanelTabs'
import { useLeaveGuard } from '../leaveGuard'
import { DocumentSkeleton } from '../pages/Skeleton'
import { editorExtensions, INPUT_RULES } from './editorExtensions'
import { JurisdictionContext } from './jurisdictionContext'
import { ClaimTreePanel } from './panels/ClaimTreePanel'
import { FindingsPanel } from './panels/FindingsPanel'
import { PresencePanel } from './panels/PresencePanel'
import { StatusBar } from './StatusBar'
import type { Role } from '../../shared/domain/roles'
import type { DocumentAction } from '../../shared/domain/policy'
import { CaretThroughRemoteEdits } from './caretThroughRemoteEdits'
import { useCollaborationStatus, type Collaboration as CollaborationHandle } from './useCollaboration'
import { useDocumentAnalysis } from './useDocumentAnalysis'
import { usePresence } from './usePresence'

/** Room kept above and below text scrolled into view: the sticky status bar, two lines on a laptop, and a line of air. */
const STATUS_BAR_CLEARANCE = { top: 110, bottom: 40, left: 0, right: 0 }

interface Props {
  collaboration: CollaborationHandle
  kind: DocumentKind
  title: string
  jurisdiction: Jurisdiction
  canEdit: boolean
  /** The reader's document permissions (what a read-only reader may do instead). */
  permissions: readonly DocumentAction[]
  /** The reader's role on the matter (named when the text is read-only to them). */
  role: Role
  user: { name: string; color: string }
  /** Panels the page adds beside the built-in ones (the review: comments, checklist, approval). */
  extraPanels?: (editor: Editor | null) => SidePanel[]
  /** Keys of the findings someone dismissed (finding triage): listed apart, not counted or underlined. */
  dismissedFindings?: ReadonlySet<string>
  /** Drops the edits of this device the server refuses, and opens the document again as stored. */
  onDiscardUnsaved?: () => void
}

/** The Tiptap editor bound to the shared document, with carets, presence, save state and the live checker. */
export function CollaborativeEditor({ collaboration, kind, title, jurisdiction, canEdit, permissions, role, user, extraPanels, dismissedFindings, onDiscardUnsaved }: Props) {
  const { t, plural, locale } = useI18n()
  const status = useCollaborationStatus(collaboration)
  // A change of role while the page is open reaches it as an Access message: the editor follows at once.
  const mayEdit = status.serverCanEdit ?? canEdit
  useLeaveGuard(status.pendingCount > 0 ? plural('leave.unsaved', status.pendingCount) : null)
  const currentLocale = useRef(locale)
  // How often the reader typed into text they may not change: each time, the status bar says why.
  const [typedReadOnly, setTypedReadOnly] = useState(0)
  const editor = useEditor(
    {
      editable: canEdit,
      enableInputRules: INPUT_RULES,
      extensions: [
        ...editorExtensions(kind, () => currentLocale.current),
        Collaboration.configure({ document: collaboration.doc, field: BODY_FIELD }),
        CaretThroughRemoteEdits,
        CollaborationCaret.configure({ provider: collaboration.provider, user }),
      ],
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true' },
        // The status bar stays at the top of the text: a finding or thread scrolled to must land below it.
        scrollThreshold: STATUS_BAR_CLEARANCE,
        scrollMargin: STATUS_BAR_CLEARANCE,
      },
    },
    [collaboration, kind, canEdit],
  )
  // A new language redraws the text (section headings), keeping the editor, its focus and its undo history.
  useEffect(() => {
    if (!editor || currentLocale.current === locale) return
    currentLocale.current = locale
    editor.view.setProps({ nodeViews: redrawnNodeViews(editor.view.props.nodeViews ?? {}) })
  }, [editor, locale])
  useEffect(() => {
    editor?.view.dom.setAttribute('aria-label', t('document.textLabel', { title }))
  }, [editor, t, title])
  useEffect(() => {
    if (editor && editor.isEditable !== mayEdit) editor.setEditable(mayEdit)
  }, [editor, mayEdit])
  // Typing into text this reader may not change does nothing, so the status bar says why, and the
  // space bar does not scroll the page. A read-only text takes no focus: the keys go to the page
  // (its main element) while the selection is in the text.
  useEffect(() => {
    if (!editor || mayEdit) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isTyping(event)) return
      // Typing into a field (a comment box) is not typing into the text.
      if (event.target instanceof Element && event.target.closest(FIELDS)) return
      const anchor = document.getSelection()?.anchorNode
      if (!anchor || !editor.view.dom.contains(anchor)) return
      event.preventDefault()
      setTypedReadOnly((count) => count + 1)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [editor, mayEdit])
  // A paragraph made here gets its text at once, before anyone else can type into it.
  useEffect(
    () => (editor ? keepTextInNewEmptyBlocks(collaboration.doc.getXmlFragment(BODY_FIELD), editor.schema) : undefined),
    [editor, collaboration],
  )
  const analysis = useDocumentAnalysis(editor, kind, jurisdiction, locale, dismissedFindings)
  // The empty claim a new claim set starts with is a place to write, not a claim to count or list.
  const writtenClaims = analysis.claims.filter((claim) => claim.text.trim() !== '')
  const participants = usePresence(collaboration.provider)

  if (!status.hasContent) {
    // Nothing from this device or the server yet: an empty editor would invite typing into a document that is not there.
    return status.closeCode !== null || status.connection === 'offline' ? (
      <p className="error" role="alert">
        {t('error.loadFailed')}
      </p>
    ) : (
      <DocumentSkeleton />
    )
  }

  const panels: SidePanel[] = [
    {
      id: 'findings',
      title: t('findings.title'),
      count: analysis.findings.length,
      content: (
        <FindingsPanel
          editor={editor}
          findings={analysis.findings}
          dismissed={analysis.dismissed}
          nothingWritten={kind === 'claims' && writtenClaims.length === 0}
        />
      ),
    },
    ...(extraPanels?.(editor) ?? []),
    ...(kind === 'disclosure'
      ? []
      : [{ id: 'claims', title: t('claimTree.title'), count: writtenClaims.length, content: <ClaimTreePanel editor={editor} claims={writtenClaims} /> }]),
    {
      id: 'presence',
      title: t('presence.title'),
      count: participants.length,
      content: <PresencePanel participants={participants} online={status.connection === 'online'} />,
    },
  ]
  return (
    <JurisdictionContext.Provider value={jurisdiction}>
      {/* A link may name the panel to open: /documents/:id#approval. */}
      <DocumentLayout panels={<PanelTabs panels={panels} initial={window.location.hash.slice(1) || undefined} label={t('panels.label')} />}>
        <StatusBar status={status} jurisdiction={jurisdiction} kind={kind} canEdit={mayEdit} permissions={permissions} role={role} typedReadOnly={typedReadOnly} onDiscardUnsaved={onDiscardUnsaved} />
        <EditorContent editor={editor} className={`editor kind-${kind}`} data-testid="editor" translate="no" />
      </DocumentLayout>
    </JurisdictionContext.Provider>
  )
}

/**
 * The same node views under new identities: ProseMirror redraws the whole document when its node
 * views change, and only then (not for equal ones), which is what a language switch needs.
 */
function redrawnNodeViews(nodeViews: Record<string, NodeViewConstructor>): Record<string, NodeViewConstructor> {
  return Object.fromEntries(
    Object.entries(nodeViews).map(([name, view]) => [name, (...args: Parameters<NodeViewConstructor>) => view(...args)]),
  )
}

/** The text with its panels: side by side on wide screens, panels folded above the text on a phone. */
function DocumentLayout({ children, panels }: { children: ReactNode; panels: ReactNode }) {
  return (
    <div className="document-layout">
      <div className="editor-column">{children}</div>
      {panels}
    </div>
  )
}

const FIELDS = 'input, textarea, select, button, [contenteditable="true"]'

/** A key that would change text: a character, the space, Enter, Backspace or Delete, not a shortcut such as Ctrl+C. */
function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  return event.key.length === 1 || event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete'
}
