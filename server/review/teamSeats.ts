import type { MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import { mayHoldSeat } from '../../shared/domain/policy'
import type { Role } from '../../shared/domain/roles'
import type { Caller } from '../access'
import type { PersonRecord } from '../storage/ReviewStore'
import type { Store } from '../storage/Store'
import { archiveEntry } from './archiveEntry'

/** A team as the archive names it: "Name:role; Name:role". */
export const teamSummary = (team: readonly { name: string; role: Role }[]): string => team.map((m) => `${m.name}:${m.role}`).join('; ')

/**
 * Brings a member's seats on the teams of a workspace's matters in line with their workspace role
 * after it changed, or after they left the workspace (`role` null): a seat the role may not hold
 * becomes the role itself where it may hold that (an agent made reviewer reviews), and is given up
 * otherwise. Each team changed is a `team.changed` entry of its matter's archive. Returns the
 * matters whose team changed.
 */
export async function fitSeatsToRole(store: Store, caller: Caller, workspaceId: WorkspaceId, userId: UserId, role: Role | null): Promise<MatterId[]> {
  const changed: MatterId[] = []
  for (const seat of await store.seatsIn(workspaceId, userId)) {
    if (role !== null && mayHoldSeat(role, seat.role)) continue
    const before = await store.team(seat.matterId)
    const after: PersonRecord[] = before.flatMap((member) => {
      if (member.userId !== userId) return [member]
      return role !== null && mayHoldSeat(role, role) ? [{ ...member, role }] : []
    })
    await store.replaceTeam(
      seat.matterId,
      after.map((m) => ({ userId: m.userId, role: m.role })),
      archiveEntry(caller, seat.matterId, 'team.changed', { from: teamSummary(before), to: teamSummary(after) }),
    )
    changed.push(seat.matterId)
  }
  return changed
}
