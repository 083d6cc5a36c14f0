import { documentLocale } from '../../shared/editor/documentTemplate'
import { KEPT_VERSION_NAMES } from '../../shared/editor/versionApi'
import { officeDate } from '../../shared/domain/officeDate'
import { newId } from '../newId'
import type { ApprovalRecord } from '../storage/ReviewStore'
import type { MatterRecord, VersionRecord } from '../storage/Store'

/** An approval's snapshot as a version of the document, so that it can be opened, compared and restored like any other. */
export const approvedVersion = (approval: ApprovalRecord, matter: MatterRecord): VersionRecord => ({
  id: newId(),
  documentId: approval.documentId,
  name: `${KEPT_VERSION_NAMES.approval![documentLocale(matter.jurisdiction)]} ${officeDate(matter.jurisdiction, approval.approvedAt)}`,
  origin: 'approval',
  versionHash: approval.versionHash,
  snapshot: approval.snapshot,
  createdBy: approval.approvedBy,
  createdAt: approval.approvedAt,
})
