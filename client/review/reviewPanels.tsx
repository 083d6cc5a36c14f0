import type { Editor } from '@tiptap/core'
import type { DocumentDetail } from '../../shared/domain/api'
import type { Translate } from '../i18n/I18nProvider'
import type { SidePanel } from '../layout/PanelTabs'
import type { Collaboration } from '../editor/useCollaboration'
import { ApprovalPanel } from './ApprovalPanel'
import { ChecklistPanel } from './ChecklistPanel'
import { FindingTriage } from './FindingTriage'
import { ReviewPanel } from './ReviewPanel'
import './review.css'

/** The review panels of the document page: comments and suggestions, the checklist, the approval. */
export function reviewPanels(
  editor: Editor | null,
  { collaboration, document, onReviewStateChanged, t }: { collaboration: Collaboration; document: DocumentDetail; onReviewStateChanged(): void; t: Translate },
): SidePanel[] {
  const common = { provider: collaboration.provider, documentId: document.id, permissions: document.permissions }
  return [
    { id: 'review', title: t('review.title'), content: <ReviewPanel editor={editor} matterId={document.matterId} {...common} /> },
    { id: 'checklist', title: t('checklist.title'), content: <ChecklistPanel doc={collaboration.doc} {...common} /> },
    { id: 'triage', title: t('triage.title'), content: <FindingTriage doc={collaboration.doc} {...common} /> },
    {
      id: 'approval',
      title: t('approval.title'),
      content: <ApprovalPanel doc={collaboration.doc} kind={document.kind} reviewState={document.reviewState} onReviewStateChanged={onReviewStateChanged} {...common} />,
    },
  ]
}
