import type { DocumentAction, MatterAction } from '../shared/domain/policy'
import { canInWorkspace, canOnDocument, canOnMatter, mayHoldSeat } from '../shared/domain/policy'
import type { DocumentKind } from '../shared/domain/documentKinds'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../shared/domain/ids'
import { isId } from '../shared/domain/ids'
import type { Role } from '../shared/domain/roles'
import { withArticle } from '../shared/domain/roles'
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
 * The caller's role in a matter: their team role, or — for workspace leads and admins, who see
 * every matter — their workspace role. Null for anyone else: outside the team a matter does not
 * exist for them. A seat their workspace role may not hold (it was changed since) counts as their
 * workspace role: a demotion takes effect in every matter at once.
 */
export async function matterRole(store: Store, caller: Caller, matter: MatterRecord): Promise<Role | null> {
  const workspaceRole = roleIn(caller, matter.workspaceId)
  if (!workspaceRole) return null
  const teamRole = await store.teamRole(matter.id, caller.user.id)
  if (teamRole) return mayHoldSeat(workspaceRole, teamRole) ? teamRole : workspaceRole
  return canInWorkspace(workspaceRole, 'workspace.seeAllMatters') ? workspaceRole : null
}

/** Throws 403 unless this role may take this action on a document of this kind. */
export function requireDocumentAction(role: Role, kind: DocumentKind, action: DocumentAction): void {
  if (!canOnDocument(role, kind, action)) throw ApiError.forbidden(`${withArticle(role)} may not ${action} on ${withArticle(kind)} document`)
}

/**
 * The one gate for matters and documents, used by the HTTP routes and the sync endpoint alike.
 * Outside the caller's workspaces or the matter's team everything is "not found"; inside, a role
 * that may not take the action gets 403.
 */
export async function authorizeMatter(
  store: Store,
  caller: Caller,
  id: string,
  action: MatterAction,
): Promise<{ matter: MatterRecord; role: Role }> {
  const matter = isId(id) ? await store.findMatter(id as MatterId) : null
  const role = matter ? await matterRole(store, caller, matter) : null
  if (!matter || !role) throw ApiError.notFound('matter')
  if (!canOnMatter(role, action)) throw ApiError.forbidden(`${withArticle(role)} may not ${action}`)
  return { matter, role }
}

export async function authorizeDocument(
  store: Store,
  caller: Caller,
  id: string,
  action: DocumentAction,
): Promise<{ document: DocumentRecord; matter: MatterRecord; role: Role }> {
  const document = isId(id) ? await store.findDocument(id as DocumentId) : null
  const matter = document ? await store.findMatter(document.matterId) : null
  const role = matter ? await matterRole(store, caller, matter) : null
  if (!document || !matter || !role) throw ApiError.notFound('document')
  requireDocumentAction(role, document.kind, action)
  return { document, matter, role }
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
  return { document, role, canEdit: canOnDocument(role, document.kind, 'document.edit') }
}

/** The matters the caller may see: all of a workspace where they lead or administer, else their teams'. */
export async function visibleMatters(store: Store, caller: Caller): Promise<MatterRecord[]> {
  const matters = await store.listMatters(caller.memberships.map((m) => m.workspaceId))
  const onTeam = new Set(await store.teamMatters(caller.user.id))
  return matters.filter((matter) => {
    const role = roleIn(caller, matter.workspaceId)
    return onTeam.has(matter.id) || (role !== null && canInWorkspace(role, 'workspace.seeAllMatters'))
  })
}

/** The workspace a new matter goes to: the one named, or the caller's only one that allows it. */
export function workspaceForNewMatter(caller: Caller, requested: string | undefined): WorkspaceId {
  const allowed = caller.memberships.filter((m) => canInWorkspace(m.role, 'matter.create'))
  if (requested) {
    const membership = caller.memberships.find((m) => m.workspaceId === requested)
    if (!membership) throw ApiError.notFound('workspace')
    if (!canInWorkspace(membership.role, 'matter.create')) throw ApiError.forbidden(`${withArticle(membership.role)} may not create matters`)
    return membership.workspaceId
  }
  const [only, ...others] = allowed
  if (!only) throw ApiError.forbidden('no workspace where you may create matters')
  if (others.length > 0) throw ApiError.badRequest('name the workspaceId: you belong to several workspaces')
  return only.workspaceId
}
