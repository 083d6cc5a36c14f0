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
  // The same keys give the same set: every new set runs the checker again and redraws the text,
  // which may undo a selection being made, so a reload that changes nothing must not make one.
  // As JSON: a key holds the flagged text, which may hold any character, a line break included.
  const keys = JSON.stringify((data?.decisions ?? []).filter((d) => d.decision === 'dismissed').map((d) => d.key))
  return useMemo(() => new Set<string>(JSON.parse(keys) as string[]), [keys])
}
