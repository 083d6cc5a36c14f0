import { documentLocale } from '../../shared/editor/documentTemplate'
import { newId } from '../newId'
import type { ApprovalRecord } from '../storage/ReviewStore'
import type { MatterRecord, VersionRecord } from '../storage/Store'

const NAME = { 'zh-CN': '批准的版本', en: 'Approved version' }

/** An approval's snapshot as a version of the document, so that it can be opened, compared and restored like any other. */
export const approvedVersion = (approval: ApprovalRecord, matter: MatterRecord): VersionRecord => ({
  id: newId(),
  documentId: approval.documentId,
  name: `${NAME[documentLocale(matter.jurisdiction)]} ${approval.approvedAt.slice(0, 10)}`,
  origin: 'approval',
  versionHash: approval.versionHash,
  snapshot: approval.snapshot,
  createdBy: approval.approvedBy,
  createdAt: approval.approvedAt,
})
