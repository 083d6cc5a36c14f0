import type { Locale } from '../../shared/i18n/locale'
import { buildChecklist, type Checklist } from '../../shared/review/checklist'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { reviewDocument, type ReviewedDocument } from './reviewedDocument'

/** A document's checklist as it stands now: people's marks, and rule-bound items from the text as it is. */
export async function documentChecklist(
  store: Store,
  sync: SyncServer,
  document: DocumentRecord,
  matter: MatterRecord,
  locale: Locale,
): Promise<{ checklist: Checklist; reviewed: ReviewedDocument }> {
  const [reviewed, marks, passLine] = await Promise.all([
    reviewDocument(store, sync, document, matter),
    store.checklistMarks(document.id),
    store.passLine(matter.workspaceId),
  ])
  return { checklist: buildChecklist(document.kind, marks, reviewed.openFindings, passLine, locale), reviewed }
}
