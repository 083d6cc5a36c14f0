import { Hono } from 'hono'
import { z } from 'zod'
import { canInWorkspace, canOnMatter, mayHoldSeat } from '../../shared/domain/policy'
import { withArticle, type Role } from '../../shared/domain/roles'
import type { MembersResponse, TeamMemberView } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import { authorizeMatter } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { archiveEntry } from '../review/archiveEntry'
import { teamSummary } from '../review/teamSeats'
import type { PersonRecord } from '../storage/ReviewStore'
import { readJson } from './readJson'

/** Team roles: an admin runs the workspace and sees every matter without a seat on its team. */
const TEAM_ROLES = ['inventor', 'agent', 'reviewer', 'lead'] as const satisfies readonly Role[]

const TeamBody = z.object({
  members: z
    .array(z.object({ userId: z.string().min(1).max(64), role: z.enum(TEAM_ROLES) }))
    .max(500)
    .refine((members) => new Set(members.map((m) => m.userId)).size === members.length, 'a user may be on the team only once'),
})

const memberView = (p: PersonRecord): TeamMemberView => ({ userId: p.userId, name: p.name, email: p.email, role: p.role })

/**
 * Whether someone may still manage the matter's team once it is `team`: a lead on it, or a
 * workspace lead or admin who is not on it (on it, their team role is their role). Without one,
 * nobody could change the team or approve its documents again. (Seats are checked against the
 * workspace roles before this.)
 */
function someoneManages(workspace: readonly PersonRecord[], team: readonly PersonRecord[]): boolean {
  const teamRoles = new Map(team.map((m) => [m.userId, m.role]))
  return workspace.some((member) => {
    const role = teamRoles.get(member.userId) ?? (canInWorkspace(member.role, 'workspace.seeAllMatters') ? member.role : null)
    return role !== null && canOnMatter(role, 'matter.manageTeam')
  })
}

/** `GET|PUT /api/matters/:id/members` — the matter's team, managed by leads and admins. */
export function teamRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/members', async (c) => {
    const { matter, role } = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'matter.read')
    const body: MembersResponse = { members: (await store.team(matter.id)).map(memberView) }
    if (canOnMatter(role, 'matter.manageTeam')) body.workspaceMembers = (await store.workspaceMembers(matter.workspaceId)).map(memberView)
    return c.json(body)
  })

  routes.put('/:id/members', async (c) => {
    const caller = c.get('caller')
    const { matter } = await authorizeMatter(store, caller, c.req.param('id'), 'matter.manageTeam')
    const input = await readJson(c, TeamBody)
    const workspace = new Map((await store.workspaceMembers(matter.workspaceId)).map((m) => [m.userId as string, m]))
    const stranger = input.members.find((m) => !workspace.has(m.userId))
    if (stranger) throw ApiError.badRequest(`members: user ${stranger.userId} is not a member of this matter's workspace`)
    const overreach = input.members.find((m) => !mayHoldSeat(workspace.get(m.userId)!.role, m.role))
    if (overreach) {
      const person = workspace.get(overreach.userId)!
      throw ApiError.badRequest(`members: ${person.name} is ${withArticle(person.role)} in the workspace and cannot hold the ${overreach.role} seat`, 'seat_not_allowed')
    }
    const before = await store.team(matter.id)
    const after = input.members.map((m): PersonRecord => ({ ...workspace.get(m.userId)!, role: m.role }))
    if (!someoneManages([...workspace.values()], after)) {
      throw new ApiError(409, 'team_unmanaged', 'nobody could manage this team any more: keep a lead on it, or leave a workspace lead or admin off it')
    }
    await store.replaceTeam(
      matter.id,
      after.map((m) => ({ userId: m.userId, role: m.role })),
      archiveEntry(caller, matter.id, 'team.changed', { from: teamSummary(before), to: teamSummary(after) }),
    )
    // Open sockets of removed or demoted members turn read-only or close now, not at their next reconnect.
    const documents = await store.listDocuments(matter.id)
    await sync.recheckAccess({ documentIds: documents.map((d) => d.id) })
    const body: MembersResponse = { members: (await store.team(matter.id)).map(memberView), workspaceMembers: [...workspace.values()].map(memberView) }
    return c.json(body)
  })

  return routes
}
