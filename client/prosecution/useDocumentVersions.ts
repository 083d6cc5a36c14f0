import type { WebsocketProvider } from 'y-websocket'
import type { VersionView } from '../../shared/editor/versionApi'
import { useReviewResource } from '../review/useReviewResource'

/** A document's kept versions, newest first, as the server lists them. */
export type DocumentVersions = { data: { versions: VersionView[] } | null; error: Error | null }

/**
 * The document page's one list of versions: the file bar, the filed notice and the versions panel
 * all read it, so opening a document (and each `versions` notice) costs one request, not three.
 */
export function useDocumentVersions(documentId: string, provider: WebsocketProvider): DocumentVersions {
  return useReviewResource<{ versions: VersionView[] }>(`/api/documents/${encodeURIComponent(documentId)}/versions`, provider, ['versions'])
}
