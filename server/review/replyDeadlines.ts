import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Jurisdiction } from '../../shared/claims/types'
import { OFFICE_ACTION_TYPES, replyDeadline, type OfficeActionType } from '../../shared/domain/replyDeadline'
import { readBody } from '../../shared/editor/documentBody'
import { readPatentDocument } from '../../shared/editor/readPatentDocument'
import type { MatterRecord, Store } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { UnreadableDocumentError } from '../storage/UnreadableDocumentError'

/** The date a reply is due by, from the office action it records; null without a known type and date. */
export function replyDueDate(jurisdiction: Jurisdiction, replyBody: ProseMirrorNode): string | null {
  const officeAction = readPatentDocument(replyBody).officeAction
  if (!officeAction || !(OFFICE_ACTION_TYPES as readonly string[]).includes(officeAction.actionType)) return null
  return replyDeadline(jurisdiction, officeAction.actionType as OfficeActionType, officeAction.issueDate)?.deadline ?? null
}

/**
 * The nearest reply deadline of a matter waiting on an office action, from its replies in use;
 * null in any other state. A reply that cannot be read is passed over (the dashboard names it).
 */
export async function matterReplyDeadline(store: Store, sync: SyncServer, matter: MatterRecord): Promise<string | null> {
  if (matter.state !== 'office-action') return null
  const replies = (await store.listDocuments(matter.id)).filter((d) => d.kind === 'oa-reply' && !d.archivedAt)
  const deadlines: string[] = []
  for (const reply of replies) {
    try {
      const doc = await sync.currentState(reply.id)
      const due = replyDueDate(matter.jurisdiction, readBody(reply.kind, doc))
      doc.destroy()
      if (due) deadlines.push(due)
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error
    }
  }
  return deadlines.sort()[0] ?? null
}
