import type { DocumentId } from '../../shared/domain/ids'
import type { Store } from '../storage/Store'

/**
 * A new reply's amended claims start as the claims the office action examined, so the team's
 * decisions on their findings (dismissed with a reason, acknowledged) hold in the reply while a
 * claim's text is unchanged: a decision is keyed by its rule and the text it flags
 * (shared/review/findingKey.ts), and lapses when that text is amended. They are the same
 * decisions, not new ones: who took them and when are kept, and the archive, which recorded
 * each dismissal when it was made, is not written again.
 */
export async function carryTriage(store: Store, from: DocumentId, to: DocumentId): Promise<void> {
  for (const record of await store.triage(from)) await store.setTriage(to, record, null)
}
