import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { WorkspaceId } from '../../shared/domain/ids'
import { CHECKLIST_TEMPLATES, type ChecklistTemplateItem } from '../../shared/review/checklistTemplates'
import type { Store } from '../storage/Store'

/** The checklist template a workspace uses for a kind: the one its admin set, else the built-in one. */
export async function checklistTemplateFor(store: Store, workspaceId: WorkspaceId, kind: DocumentKind): Promise<readonly ChecklistTemplateItem[]> {
  return (await store.checklistTemplate(workspaceId, kind)) ?? CHECKLIST_TEMPLATES[kind]
}
