import { useState } from 'react'
import { mayHoldSeat } from '../../shared/domain/policy'
import type { Role } from '../../shared/domain/roles'
import type { MembersResponse } from '../../shared/review/reviewApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { useApi } from '../useApi'
import { byName } from '../i18n/byName'

const TEAM_ROLES: Role[] = ['inventor', 'agent', 'reviewer', 'lead']

/** The matter's team; leads and admins add, remove and change roles (PUT replaces the whole team). */
export function MatterTeam({ matterId, canManage, onChanged }: { matterId: string; canManage: boolean; onChanged(): void }) {
  const { t, locale } = useI18n()
  const path = `/api/matters/${encodeURIComponent(matterId)}/members`
  const { data, error, reload } = useApi<MembersResponse>(path)
  const [adding, setAdding] = useState('')
  const [failure, setFailure] = useState<unknown>(null)

  const save = async (members: { userId: string; role: Role }[]) => {
    try {
      setFailure(null)
      await api(path, { method: 'PUT', body: { members } })
      reload()
      onChanged()
    } catch (e) {
      setFailure(e)
    }
  }
  if (error) return <ErrorNote error={error} />
  if (!data) return null
  const current = data.members.map((m) => ({ userId: m.userId, role: m.role }))
  const members = [...data.members].sort(byName)
  const leadNames = members.filter((m) => m.role === 'lead').map((m) => m.name)
  const candidates = (data.workspaceMembers ?? []).filter((w) => !data.members.some((m) => m.userId === w.userId)).sort(byName)
  // The seats a member's workspace role allows (the server refuses others), and the one they hold.
  const workspaceRoles = new Map<string, Role>((data.workspaceMembers ?? []).map((w) => [w.userId, w.role]))
  const seatsOf = (userId: string, held: Role) => {
    const workspaceRole = workspaceRoles.get(userId)
    return TEAM_ROLES.filter((role) => role === held || workspaceRole === undefined || mayHoldSeat(workspaceRole, role))
  }
  return (
    <section aria-labelledby="team-title" data-testid="team">
      <h2 id="team-title">{t('team.title')}</h2>
      <ul className="list">
        {members.map((member) => (
          <li key={member.userId}>
            <span translate="no" id={`team-member-${member.userId}`}>
              {member.name}
            </span>
            {canManage ? (
              <>
                <select
                  className="team-role"
                  value={member.role}
                  aria-label={t('team.roleOf', { name: member.name })}
                  onChange={(e) => void save(current.map((m) => (m.userId === member.userId ? { ...m, role: e.target.value as Role } : m)))}
                >
                  {seatsOf(member.userId, member.role).map((role) => (
                    <option key={role} value={role}>
                      {t(`role.${role}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="link"
                  id={`team-remove-${member.userId}`}
                  aria-labelledby={`team-remove-${member.userId} team-member-${member.userId}`}
                  onClick={() => void save(current.filter((m) => m.userId !== member.userId))}
                >
                  {t('team.remove')}
                </button>
              </>
            ) : (
              <span className="badge">{t(`role.${member.role}`)}</span>
            )}
          </li>
        ))}
      </ul>
      {!canManage && (
        // Whoever opened the matter may not be able to add the inventor: they are told who can.
        <p className="muted small" data-testid="team-managed-by">
          {leadNames.length > 0 ? t('team.managedByLeads', { names: leadNames.join(t('archive.teamSeparator')) }) : t('team.managedByWorkspaceLead')}
        </p>
      )}
      {canManage && candidates.length > 0 && (
        <div className="review-actions">
          <select value={adding} onChange={(e) => setAdding(e.target.value)} aria-label={t('team.add')}>
            <option value="">{t('team.add')}</option>
            {candidates.map((c) => (
              <option key={c.userId} value={c.userId}>
                {c.name} · {t(`role.${c.role}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!adding}
            onClick={() => {
              const person = candidates.find((c) => c.userId === adding)
              // An admin joins a team as a reviewer: leading it is for the workspace's leads.
              if (person) void save([...current, { userId: person.userId, role: person.role === 'admin' ? 'reviewer' : person.role }])
              setAdding('')
            }}
          >
            {t('team.addButton')}
          </button>
        </div>
      )}
      {failure !== null && <ErrorNote error={failure} />}
    </section>
  )
}
