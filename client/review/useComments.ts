import type { WebsocketProvider } from 'y-websocket'
import type { CommentView } from '../../shared/review/reviewApi'
import { useReviewResource } from './useReviewResource'

export type CommentsResource = ReturnType<typeof useComments>

/**
 * The document's threads (`GET …/comments`), fetched again whenever someone comments: one fetch
 * for the Review panel and the count of open threads on its tab.
 */
export function useComments(documentId: string, provider: WebsocketProvider) {
  return useReviewResource<{ comments: CommentView[] }>(`/api/documents/${encodeURIComponent(documentId)}/comments`, provider, ['comments'])
}
