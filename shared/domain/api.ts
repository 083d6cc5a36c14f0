import type { DocumentKind } from './documentKinds'
import type { DocumentId, MatterId, UserId, WorkspaceId } from './ids'
import type { Role } from './roles'
import type { Jurisdiction } from '../claims/types'
import type { DocumentAction, MatterAction } from './policy'
import type { EndReason, MatterGrade, MatterState, ReviewState } from './workflow'

/** Shapes of the HTTP API's JSON bodies (docs/api.md), shared by server and client. */
/** The fewest characters a password chosen in the app may have. */
export const MIN_PASSWORD_LENGTH = 10

export interface UserView {
  id: UserId
  email: string
  name: string
}

export interface LoginResponse {
  token: string
  user: UserView
}

/** `GET /api/setup`: whether the first-run set-up is open, and whether the demo accounts exist. */
export interface SetupStatus {
  setupNeeded: boolean
  demoAccounts: boolean
}

/** `POST /api/setup`: the new workspace, and its first admin, signed in. */
export interface SetupResponse extends LoginResponse {
  workspace: { id: WorkspaceId; name: string }
}

export interface MeResponse {
  /** `passwordHandedOver`: the password was chosen by an admin (a first password, a reset); the app asks its owner to change it. */
  user: UserView & { passwordHandedOver: boolean }
  workspaces: { id: WorkspaceId; name: string; role: Role }[]
}

/** The longest each fact of `PUT /api/matters/:id/application` may be: several applicants' names; the USPTO's art units and confirmation numbers are four digits. */
export const APPLICATION_FACT_LENGTHS = { applicationNumber: 100, applicant: 500, docketNumber: 100, examiner: 200, artUnit: 20, confirmationNumber: 20, grantNumber: 100 } as const

/**
 * Each fact of the application data besides number and date, as the archive's line of a change
 * named it in English ("Applicant: …") before its entries recorded the facts by name; the
 * timeline reads those old lines in the reader's language by these names.
 */
export const APPLICATION_LINE_NAMES = {
  applicant: 'Applicant',
  docketNumber: 'Docket No.',
  examiner: 'Examiner',
  artUnit: 'Art Unit',
  confirmationNumber: 'Confirmation No.',
  grantNumber: 'Grant No.',
  grantDate: 'Grant date',
} as const

export interface MatterView {
  id: MatterId
  workspaceId: WorkspaceId
  title: string
  jurisdiction: Jurisdiction
  createdAt: string
  state: MatterState
  /** Set when the matter is granted. */
  grade: MatterGrade | null
  /** When it was archived; null while active. */
  archivedAt: string | null
  /** The application's number and filing date (YYYY-MM-DD) as the office gave them; null until recorded. */
  applicationNumber: string | null
  filingDate: string | null
  /** Who applies, and our docket number (a reply's "Attorney Docket No.", "Our ref.", 我方文号); null until recorded. */
  applicant: string | null
  docketNumber: string | null
  /** What the USPTO's notices name (a US reply's caption); may be recorded for any office; null until recorded. */
  examiner: string | null
  artUnit: string | null
  confirmationNumber: string | null
  /** The grant's publication number (授权公告号, the patent number) and date (YYYY-MM-DD); null until recorded. */
  grantNumber: string | null
  grantDate: string | null
  /** While it waits on an office action: the nearest date a reply is due by (lists and the matter page). */
  replyDeadline?: string | null
}

/**
 * `POST /api/matters/:id/transitions`: the step, and the facts it is taken with. Filing the
 * application (approved → filed) may give its number and filing date, a grant its publication
 * number and date (with the grade it needs), an end (rejected, withdrawn, lapsed) its reason, a
 * note and, for a rejection, the decision's date. Dates are YYYY-MM-DD.
 */
export interface TransitionRequest {
  to: MatterState
  /** The state the caller saw: another one now is a conflict. */
  from?: MatterState
  grade?: MatterGrade
  applicationNumber?: string
  filingDate?: string
  grantNumber?: string
  grantDate?: string
  reason?: EndReason
  note?: string
  decisionDate?: string
}

export interface DocumentView {
  id: DocumentId
  matterId: MatterId
  kind: DocumentKind
  title: string
  createdAt: string
  reviewState: ReviewState
  /** When it was archived; null while active. */
  archivedAt: string | null
}

/** `GET /api/matters/:id`: the matter, its documents, and what the caller may do in it. */
export interface MatterDetail extends MatterView {
  documents: (Pick<DocumentView, 'id' | 'kind' | 'title' | 'reviewState' | 'archivedAt'> & {
    /** An approved document whose text changed since: its approval no longer holds. */
    approvalStale: boolean
  })[]
  /** The caller's role in this matter (team role, or workspace role for leads and admins). */
  role: Role
  permissions: MatterAction[]
  /** The states the caller may move the matter to now. */
  nextStates: MatterState[]
  /** The document kinds the caller may create here. */
  creatableKinds: DocumentKind[]
}

export interface ApiErrorBody {
  /** Some codes add fields of their own (`approval_blocked`: `reasons`). */
  error: { code: string; message: string; [field: string]: unknown }
}

/** `GET /api/documents/:id`: the document, the caller's role and the matter's office. */
export interface DocumentDetail extends DocumentView {
  /** The matter's title: a document titled by its kind ("权利要求书") does not say which matter's it is. */
  matterTitle: string
  role: Role
  jurisdiction: Jurisdiction
  /** What the caller may do with this document (the policy table for their role and its kind). */
  permissions: DocumentAction[]
  /** While changes are requested: who asked, when, and what should change (their note, or null). */
  changesRequested: { by: { id: UserId; name: string }; at: string; note: string | null } | null
}
