import { useMemo } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type { TriageDecision } from '../../shared/review/reviewApi'
import { useReviewResource } from './useReviewResource'

/**
 * The keys of the document's findings dismissed with a reason (`GET …/triage`), fetched again
 * whenever someone decides one: the editor lists them apart, and neither counts nor underlines them.
 */
export function useDismissedFindings(documentId: string, provider: WebsocketProvider): ReadonlySet<string> {
  const { data } = useReviewResource<{ decisions: { key: string; decision: TriageDecision }[] }>(
    `/api/documents/${encodeURIComponent(documentId)}/triage`,
    provider,
    ['triage'],
  )
  return useMemo(() => new Set((data?.decisions ?? []).filter((d) => d.decision === 'dismissed').map((d) => d.key)), [data])
}
