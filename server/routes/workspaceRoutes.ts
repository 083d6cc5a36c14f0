import { Hono } from 'hono'
import { z } from 'zod'
import { canInWorkspace } from '../../shared/domain/policy'
import { ROLES, withArticle } from '../../shared/domain/roles'
import type { UserId, WorkspaceId } from '../../shared/domain/ids'
import { ApiError } from '../ApiError'
import { roleIn, type Caller } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { readJson } from './readJson'

const RoleBody = z.object({ role: z.enum(ROLES) })

/** The caller's workspace, 404 outside it, 403 unless they may manage its members. */
function manageableWorkspace(caller: Caller, id: string): WorkspaceId {
  const role = roleIn(caller, id as WorkspaceId)
  if (!role) throw ApiError.notFound('workspace')
  if (!canInWorkspace(role, 'workspace.manageMembers')) throw ApiError.forbidden(`${withArticle(role)} may not manage workspace members`)
  return id as WorkspaceId
}

/**
 * `GET /api/workspaces/:id/members`, `PUT|DELETE /api/workspaces/:id/members/:userId` — who
 * belongs to a workspace and with which role, managed by its admins. A change reaches the
 * member's open sync sockets at once: turned read-only, or closed with 4403.
 */
export function workspaceRoutes({ store, sync, log }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/members', async (c) => {
    const caller = c.get('caller')
    const workspaceId = c.req.param('id') as WorkspaceId
    if (!roleIn(caller, workspaceId)) throw ApiError.notFound('workspace')
    const members = await store.workspaceMembers(workspaceId)
    return c.json({ members: members.map(({ userId, name, email, role }) => ({ userId, name, email, role })) })
  })

  routes.put('/:id/members/:userId', async (c) => {
    const caller = c.get('caller')
    const workspaceId = manageableWorkspace(caller, c.req.param('id'))
    const { role } = await readJson(c, RoleBody)
    const userId = c.req.param('userId') as UserId
    if (userId === caller.user.id && role !== 'admin') throw ApiError.badRequest('an admin cannot demote themselves: ask another admin')
    if (!(await store.setMemberRole(workspaceId, userId, role))) throw ApiError.notFound('member')
    log(`workspace ${workspaceId}: ${caller.user.email} made ${userId} ${role}`)
    await sync.recheckAccess({ userId })
    return c.json({ userId, role })
  })

  routes.delete('/:id/members/:userId', async (c) => {
    const caller = c.get('caller')
    const workspaceId = manageableWorkspace(caller, c.req.param('id'))
    const userId = c.req.param('userId') as UserId
    if (userId === caller.user.id) throw ApiError.badRequest('an admin cannot remove themselves: ask another admin')
    if (!(await store.removeMember(workspaceId, userId))) throw ApiError.notFound('member')
    log(`workspace ${workspaceId}: ${caller.user.email} removed ${userId}`)
    await sync.recheckAccess({ userId })
    return c.json({ ok: true })
  })

  return routes
}
