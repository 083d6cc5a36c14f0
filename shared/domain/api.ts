import type { DocumentKind } from './documentKinds'
import type { DocumentId, MatterId, UserId, WorkspaceId } from './ids'
import type { Role } from './roles'
import type { Jurisdiction } from '../claims/types'

/** Shapes of the HTTP API's JSON bodies (docs/api.md), shared by server and client. */
export interface UserView {
  id: UserId
  email: string
  name: string
}

export interface LoginResponse {
  token: string
  user: UserView
}

export interface MeResponse {
  user: UserView
  workspaces: { id: WorkspaceId; name: string; role: Role }[]
}

export interface MatterView {
  id: MatterId
  workspaceId: WorkspaceId
  title: string
  jurisdiction: Jurisdiction
  createdAt: string
}

export interface DocumentView {
  id: DocumentId
  matterId: MatterId
  kind: DocumentKind
  title: string
  createdAt: string
}

export interface MatterDetail extends MatterView {
  documents: Pick<DocumentView, 'id' | 'kind' | 'title'>[]
}

export interface ApiErrorBody {
  error: { code: string; message: string }
}

/** `GET /api/documents/:id`: the document, the caller's role and the matter's office. */
export interface DocumentDetail extends DocumentView {
  role: Role
  jurisdiction: Jurisdiction
}
