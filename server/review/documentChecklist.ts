import type { Locale } from '../../shared/i18n/locale'
import { buildChecklist, type Checklist } from '../../shared/review/checklist'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { checklistTemplateFor } from './checklistTemplate'
import { reviewDocument, type ReviewedDocument } from './reviewedDocument'

/** A document's checklist as it stands now: people's marks, and rule-bound items from the text as it is. */
export async function documentChecklist(
  store: Store,
  sync: SyncServer,
  document: DocumentRecord,
  matter: MatterRecord,
  locale: Locale,
): Promise<{ checklist: Checklist; reviewed: ReviewedDocument }> {
  const [reviewed, marks, passLine, template] = await Promise.all([
    reviewDocument(store, sync, document, matter),
    store.checklistMarks(document.id),
    store.passLine(matter.workspaceId),
    checklistTemplateFor(store, matter.workspaceId, document.kind),
  ])
  return { checklist: buildChecklist(template, marks, reviewed.openFindings, passLine, locale, reviewed.uncheckedRules), reviewed }
}
