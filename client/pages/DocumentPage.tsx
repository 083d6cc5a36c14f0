import { useEffect, useState } from 'react'
import type { DocumentDetail } from '../../shared/domain/api'
import { ApiRequestError } from '../api'
import { CollaborativeEditor } from '../editor/CollaborativeEditor'
import { useCollaboration, type Collaboration } from '../editor/useCollaboration'
import { userColor } from '../editor/userColor'
import { useI18n } from '../i18n/I18nProvider'
import { Link } from '../router'
import { useSession } from '../session'
import { useApi } from '../useApi'
import { forgetLocalCopy } from '../localCopies'
import { PageProblem } from './PageProblem'
import { reviewPanels } from '../review/reviewPanels'
import { useDismissedFindings } from '../review/useDismissedFindings'
import { useComments } from '../review/useComments'
import { versionPanels } from '../prosecution/versionPanels'
import { RestoredNotice } from '../prosecution/RestoredNotice'
import { FiledNotice } from '../prosecution/FiledNotice'
import { DocumentSkeleton } from './Skeleton'
import { DocumentFiles } from '../files/DocumentFiles'
import { useDocumentVersions } from '../prosecution/useDocumentVersions'
import { usePageTitle } from '../usePageTitle'
import type { MembersResponse } from '../../shared/review/reviewApi'

// Answers after which the sync socket would be refused too: signed out, not allowed, no such document.
const REFUSALS: ReadonlySet<number> = new Set([401, 403, 404])

export function DocumentPage({ documentId }: { documentId: string }) {
  const { me } = useSession()
  const { data, error, reload } = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(documentId)}`)
  // The socket opens beside the request, so that an offline device shows its copy at once; once
  // the server has said the user may not open the document, it stops, rather than retrying.
  const refused = error instanceof ApiRequestError && REFUSALS.has(error.status)
  const [opening, setOpening] = useState(0)
  const collaboration = useCollaboration(me?.user.id ?? '', documentId, !refused, opening)
  // A document the user may no longer open leaves no copy on the device (signed out, they may sign in again).
  const revoked = refused && error.status !== 401
  const userId = me?.user.id
  useEffect(() => {
    if (revoked && userId) void forgetLocalCopy(userId, documentId)
  }, [revoked, userId, documentId])

  if (error) return <PageProblem error={error} />
  if (!data || !collaboration || !me) return <DocumentSkeleton />
  // Edits the server refuses (the reader's role changed) are dropped with the device's copy; the
  // deletion waits for the copy to close, and the document opens again after it, as stored.
  const discardUnsaved = () => {
    void forgetLocalCopy(me.user.id, documentId)
    setOpening((n) => n + 1)
  }
  return <LoadedDocument document={data} collaboration={collaboration} me={me} onReviewStateChanged={reload} onDiscardUnsaved={discardUnsaved} />
}

/** The page once the document, the session and the connection are there: the hooks that need them live here. */
function LoadedDocument({
  document: data,
  collaboration,
  me,
  onReviewStateChanged,
  onDiscardUnsaved,
}: {
  document: DocumentDetail
  collaboration: Collaboration
  me: NonNullable<ReturnType<typeof useSession>['me']>
  onReviewStateChanged(): void
  onDiscardUnsaved(): void
}) {
  const { t } = useI18n()
  // A change of role while the page is open (the server's Access message): the document is read
  // again, so that the page says what the reader's new role is and may do. Access taken away
  // instead leaves the page readable as it is, to be left.
  const loadedEditable = data.permissions.includes('document.edit')
  usePageTitle(data.title, data.title.includes(data.matterTitle) ? null : data.matterTitle)
  const { refresh: refreshSession } = useSession()
  useEffect(
    () =>
      collaboration.access.subscribe(() => {
        if (collaboration.access.revoked || collaboration.access.canEdit === loadedEditable) return
        onReviewStateChanged()
        // The top bar names the workspace role, which may be what changed.
        void refreshSession()
      }),
    [collaboration, loadedEditable, onReviewStateChanged, refreshSession],
  )
  const dismissedFindings = useDismissedFindings(data.id, collaboration.provider)
  const comments = useComments(data.id, collaboration.provider)
  const versions = useDocumentVersions(data.id, collaboration.provider)
  // Read once for the page: the review panel mentions from it, the approval panel names who is next.
  const team = useApi<MembersResponse>(`/api/matters/${encodeURIComponent(data.matterId)}/members`)
  const kindName = t(`kind.${data.kind}`)
  return (
    <section className="page wide" aria-labelledby="document-title">
      <p className="back">
        <Link to={`/matters/${data.matterId}`}>
          ← {t('document.back')} · <span translate="no">{data.matterTitle}</span>
        </Link>
      </p>
      <h1 id="document-title">
        <span translate="no">{data.title}</span>
        {data.title !== kindName && <span className="badge">{kindName}</span>}
      </h1>
      <DocumentFiles documentId={data.id} title={data.title} versions={versions} />
      <RestoredNotice provider={collaboration.provider} documentId={data.id} userId={me.user.id} />
      {data.kind === 'claims' && <FiledNotice versions={versions} doc={collaboration.doc} />}
      <CollaborativeEditor
        collaboration={collaboration}
        kind={data.kind}
        title={data.title}
        jurisdiction={data.jurisdiction}
        canEdit={data.permissions.includes('document.edit')}
        permissions={data.permissions}
        role={data.role}
        user={{ name: me.user.name, color: userColor(me.user.id) }}
        dismissedFindings={dismissedFindings}
        onDiscardUnsaved={onDiscardUnsaved}
        extraPanels={(editor) => [
          ...reviewPanels(editor, { collaboration, document: data, comments, team: team.data, onReviewStateChanged, t }),
          ...versionPanels({ document: data, versions, t }),
        ]}
      />
    </section>
  )
}
