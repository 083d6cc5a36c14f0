import type { DocumentView, MatterView } from '../../shared/domain/api'
import type { DocumentRecord, MatterRecord } from '../storage/Store'

/** What the API shows of a matter: the record without storage details. */
export const matterView = (m: MatterRecord): MatterView => ({
  id: m.id,
  workspaceId: m.workspaceId,
  title: m.title,
  jurisdiction: m.jurisdiction,
  createdAt: m.createdAt,
  state: m.state,
  grade: m.grade,
  archivedAt: m.archivedAt ?? null,
  applicationNumber: m.applicationNumber ?? null,
  filingDate: m.filingDate ?? null,
  applicant: m.applicant ?? null,
  docketNumber: m.docketNumber ?? null,
  examiner: m.examiner ?? null,
  artUnit: m.artUnit ?? null,
  confirmationNumber: m.confirmationNumber ?? null,
  grantNumber: m.grantNumber ?? null,
  grantDate: m.grantDate ?? null,
})

export const documentView = (d: DocumentRecord): DocumentView => ({
  id: d.id,
  matterId: d.matterId,
  kind: d.kind,
  title: d.title,
  createdAt: d.createdAt,
  reviewState: d.reviewState,
  archivedAt: d.archivedAt ?? null,
})
