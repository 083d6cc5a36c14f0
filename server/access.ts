import type { Action } from '../shared/domain/policy'
import { can } from '../shared/domain/policy'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../shared/domain/ids'
import { isId } from '../shared/domain/ids'
import type { Role } from '../shared/domain/roles'
import { ApiError } from './ApiError'
import type { DocumentRecord, MatterRecord, MembershipRecord, Store, UserRecord } from './storage/Store'

/** Who is calling: the signed-in user and the workspaces they belong to. */
export interface Caller {
  user: UserRecord
  memberships: MembershipRecord[]
}

export async function loadCaller(store: Store, userId: UserId): Promise<Caller | null> {
  const user = await store.findUserById(userId)
  if (!user) return null
  return { user, memberships: await store.memberships(user.id) }
}

export function roleIn(caller: Caller, workspaceId: WorkspaceId): Role | null {
  return caller.memberships.find((m) => m.workspaceId === workspaceId)?.role ?? null
}

/**
 * The one gate for matters and documents, used by the HTTP routes and the sync endpoint alike.
 * Outside the caller's workspaces everything is "not found"; inside, a role that may not take
 * the action gets 403.
 */
export async function authorizeMatter(store: Store, caller: Caller, id: string, action: Action): Promise<MatterRecord> {
  const matter = isId(id) ? await store.findMatter(id as MatterId) : null
  const role = matter ? roleIn(caller, matter.workspaceId) : null
  if (!matter || !role) throw ApiError.notFound('matter')
  if (!can(role, action)) throw ApiError.forbidden(`a ${role} may not ${action}`)
  return matter
}

export async function authorizeDocument(
  store: Store,
  caller: Caller,
  id: string,
  action: Action,
): Promise<{ document: DocumentRecord; role: Role }> {
  const document = isId(id) ? await store.findDocument(id as DocumentId) : null
  const role = document ? roleIn(caller, document.workspaceId) : null
  if (!document || !role) throw ApiError.notFound('document')
  if (!can(role, action)) throw ApiError.forbidden(`a ${role} may not ${action}`)
  return { document, role }
}

/**
 * What an open sync socket may do with a document. Decided at the upgrade and decided again,
 * by the same function, whenever a session, membership or team changes
 * (`SyncServer.recheckAccess`): throws ApiError 404/403 when the caller may no longer read.
 */
export async function authorizeSync(
  store: Store,
  caller: Caller,
  id: string,
): Promise<{ document: DocumentRecord; role: Role; canEdit: boolean }> {
  const { document, role } = await authorizeDocument(store, caller, id, 'document.read')
  return { document, role, canEdit: can(role, 'document.edit') }
}

/** The workspace a new matter goes to: the one named, or the caller's only one that allows it. */
export function workspaceForNewMatter(caller: Caller, requested: string | undefined): WorkspaceId {
  const allowed = caller.memberships.filter((m) => can(m.role, 'matter.create'))
  if (requested) {
    const membership = caller.memberships.find((m) => m.workspaceId === requested)
    if (!membership) throw ApiError.notFound('workspace')
    if (!can(membership.role, 'matter.create')) throw ApiError.forbidden(`a ${membership.role} may not create matters`)
    return membership.workspaceId
  }
  const [only, ...others] = allowed
  if (!only) throw ApiError.forbidden('no workspace where you may create matters')
  if (others.length > 0) throw ApiError.badRequest('name the workspaceId: you belong to several workspaces')
  return only.workspaceId
}
