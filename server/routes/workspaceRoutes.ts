import { Hono } from 'hono'
import { z } from 'zod'
import { canInWorkspace } from '../../shared/domain/policy'
import { ROLES, withArticle } from '../../shared/domain/roles'
import type { UserId, WorkspaceId } from '../../shared/domain/ids'
import { ApiError } from '../ApiError'
import { roleIn, type Caller } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { firstPassword } from '../auth/handedOverSecrets'
import { hashPassword } from '../auth/passwords'
import { handOverNewPassword } from '../auth/handOverNewPassword'
import { newId } from '../newId'
import { fitSeatsToRole } from '../review/teamSeats'
import { readJson } from './readJson'

const RoleBody = z.object({ role: z.enum(ROLES) })
const NewMemberBody = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES),
})

/** The caller's workspace, 404 outside it, 403 unless they may manage its members. */
function manageableWorkspace(caller: Caller, id: string): WorkspaceId {
  const role = roleIn(caller, id as WorkspaceId)
  if (!role) throw ApiError.notFound('workspace')
  if (!canInWorkspace(role, 'workspace.manageMembers')) throw ApiError.forbidden(`${withArticle(role)} may not manage workspace members`)
  return id as WorkspaceId
}

/**
 * `GET|POST /api/workspaces/:id/members`, `PUT|DELETE /api/workspaces/:id/members/:userId` — who
 * belongs to a workspace and with which role, managed by its admins, who also open accounts for
 * new members (with a first password to hand over). A change reaches the
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

  routes.post('/:id/members', async (c) => {
    const caller = c.get('caller')
    const workspaceId = manageableWorkspace(caller, c.req.param('id'))
    const { email, name, role } = await readJson(c, NewMemberBody)
    const existing = await store.findUserByEmail(email)
    if (existing && (await store.workspaceMembers(workspaceId)).some((m) => m.userId === existing.id)) {
      throw new ApiError(409, 'conflict', `${email} is already a member of this workspace`)
    }
    if (!existing && !name) throw ApiError.badRequest('name: needed for a new account', 'name_required')
    let password: string | undefined
    let user = existing
    if (!user) {
      password = firstPassword()
      user = { id: newId<UserId>(), email, name: name!, passwordHash: await hashPassword(password), passwordHandedOver: true }
      try {
        await store.createUser(user)
      } catch (error) {
        // Two requests adding one new e-mail at once: the second finds the first's account.
        if (await store.findUserByEmail(email)) throw new ApiError(409, 'conflict', `${email} was added by another request meanwhile`)
        throw error
      }
    }
    await store.addMember(workspaceId, user.id, role)
    log(`workspace ${workspaceId}: ${caller.user.email} added ${user.email} as ${role}${password ? ' (new account)' : ''}`)
    return c.json({ userId: user.id, name: user.name, email: user.email, role, ...(password && { password }) }, 201)
  })

  routes.put('/:id/members/:userId', async (c) => {
    const caller = c.get('caller')
    const workspaceId = manageableWorkspace(caller, c.req.param('id'))
    const { role } = await readJson(c, RoleBody)
    const userId = c.req.param('userId') as UserId
    if (userId === caller.user.id && role !== 'admin') throw ApiError.badRequest('an admin cannot demote themselves: ask another admin')
    if (!(await store.setMemberRole(workspaceId, userId, role))) throw ApiError.notFound('member')
    log(`workspace ${workspaceId}: ${caller.user.email} made ${userId} ${role}`)
    const seatsChanged = (await fitSeatsToRole(store, caller, workspaceId, userId, role)).length
    await sync.recheckAccess({ userId })
    return c.json({ userId, role, seatsChanged })
  })

  // A forgotten password: the admin hands over a new one, and whoever held the old one is out.
  routes.post('/:id/members/:userId/password', async (c) => {
    const caller = c.get('caller')
    const workspaceId = manageableWorkspace(caller, c.req.param('id'))
    const userId = c.req.param('userId') as UserId
    if (userId === caller.user.id) throw ApiError.badRequest('an admin changes their own password under "Change my password"')
    const memberships = await store.memberships(userId)
    if (!memberships.some((m) => m.workspaceId === workspaceId)) throw ApiError.notFound('member')
    // An account that also opens another workspace is not this workspace's alone to take over.
    const administered = (id: WorkspaceId) => {
      const role = roleIn(caller, id)
      return role !== null && canInWorkspace(role, 'workspace.manageMembers')
    }
    if (!memberships.every((m) => administered(m.workspaceId))) throw ApiError.forbidden('this person is also a member of a workspace you do not administer: an admin of every workspace they belong to resets their password')
    const { password, sessionsEnded } = await handOverNewPassword(store, userId)
    await sync.recheckAccess({ userId })
    log(`workspace ${workspaceId}: ${caller.user.email} reset the password of ${userId}; ${sessionsEnded} session(s) ended`)
    return c.json({ password })
  })

  routes.delete('/:id/members/:userId', async (c) => {
    const caller = c.get('caller')
    const workspaceId = manageableWorkspace(caller, c.req.param('id'))
    const userId = c.req.param('userId') as UserId
    if (userId === caller.user.id) throw ApiError.badRequest('an admin cannot remove themselves: ask another admin')
    if (!(await store.removeMember(workspaceId, userId))) throw ApiError.notFound('member')
    log(`workspace ${workspaceId}: ${caller.user.email} removed ${userId}`)
    // Their seats go too: a seat kept would come back with the person if they were added again.
    await fitSeatsToRole(store, caller, workspaceId, userId, null)
    await sync.recheckAccess({ userId })
    return c.json({ ok: true })
  })

  return routes
}
