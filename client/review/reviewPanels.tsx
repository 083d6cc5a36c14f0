import type { Editor } from '@tiptap/core'
import type { DocumentDetail } from '../../shared/domain/api'
import type { MembersResponse } from '../../shared/review/reviewApi'
import type { Translate } from '../i18n/I18nProvider'
import type { SidePanel } from '../layout/PanelTabs'
import type { Collaboration } from '../editor/useCollaboration'
import { ApprovalPanel } from './ApprovalPanel'
import { ChecklistPanel } from './ChecklistPanel'
import { FindingTriage } from './FindingTriage'
import { ReviewPanel } from './ReviewPanel'
import type { CommentsResource } from './useComments'
import './review.css'

/** The review panels of the document page: comments and suggestions, the checklist, the approval. */
export function reviewPanels(
  editor: Editor | null,
  {
    collaboration,
    document,
    comments,
    team,
    onReviewStateChanged,
    t,
  }: { collaboration: Collaboration; document: DocumentDetail; comments: CommentsResource; team: MembersResponse | null; onReviewStateChanged(): void; t: Translate },
): SidePanel[] {
  const common = { provider: collaboration.provider, documentId: document.id, permissions: document.permissions }
  // The tab counts the open threads, so that a comment arriving is seen from any other panel.
  const openThreads = comments.data?.comments.filter((thread) => !thread.resolved).length
  return [
    { id: 'review', title: t('review.title'), count: openThreads || undefined, content: <ReviewPanel editor={editor} team={team} comments={comments} {...common} /> },
    { id: 'checklist', title: t('checklist.title'), content: <ChecklistPanel doc={collaboration.doc} {...common} /> },
    { id: 'triage', title: t('triage.title'), content: <FindingTriage doc={collaboration.doc} {...common} /> },
    {
      id: 'approval',
      title: t('approval.title'),
      content: <ApprovalPanel doc={collaboration.doc} kind={document.kind} team={team} reviewState={document.reviewState} changesRequested={document.changesRequested} onReviewStateChanged={onReviewStateChanged} {...common} />,
    },
  ]
}
