import type { Locale } from '../../shared/i18n/locale'
import { buildChecklist, type Checklist } from '../../shared/review/checklist'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { checklistTemplateFor } from './checklistTemplate'
import { reviewDocument, type ReviewedDocument } from './reviewedDocument'

/**
 * A document's checklist as it stands now: people's marks, and rule-bound items from the text as it
 * is. `checklistIn` builds the same checklist in another language, from the same reading.
 */
export async function documentChecklist(
  store: Store,
  sync: SyncServer,
  document: DocumentRecord,
  matter: MatterRecord,
  locale: Locale,
): Promise<{ checklist: Checklist; reviewed: ReviewedDocument; checklistIn: (locale: Locale) => Checklist }> {
  const [reviewed, marks, passLine, template] = await Promise.all([
    reviewDocument(store, sync, document, matter),
    store.checklistMarks(document.id),
    store.passLine(matter.workspaceId),
    checklistTemplateFor(store, matter.workspaceId, document.kind),
  ])
  const checklistIn = (language: Locale) => buildChecklist(template, marks, reviewed.openFindings, passLine, language, reviewed.uncheckedRules)
  return { checklist: checklistIn(locale), reviewed, checklistIn }
}
