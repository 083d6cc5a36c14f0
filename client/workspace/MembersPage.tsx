import { useState, type FormEvent, type ReactNode } from 'react'
import { canInWorkspace } from '../../shared/domain/policy'
import { ROLES, type Role } from '../../shared/domain/roles'
import { api, ApiRequestError } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { pluralKey } from '../i18n/messages'
import { ExplainedProblem } from '../i18n/describeProblem'
import { ErrorNote } from '../pages/ErrorNote'
import { PageSkeleton } from '../pages/Skeleton'
import { useSession } from '../session'
import { useApi } from '../useApi'
import { useOneAtATime } from '../useOneAtATime'
import { byName } from '../i18n/byName'
import { PasswordForm } from './PasswordForm'
import { usePageTitle } from '../usePageTitle'

interface Member {
  userId: string
  name: string
  email: string
  role: Role
}

interface AddedMember extends Member {
  /** Only for an account opened by this request: its first password, shown once. */
  password?: string
}

/**
 * A workspace's members. Its admins add people (opening an account for someone who has none,
 * with a first password to hand over), change roles and remove members; everyone changes their
 * own password here.
 */
export function MembersPage({ workspaceId }: { workspaceId: string }) {
  const { t, rich, locale } = useI18n()
  usePageTitle(t('members.title'))
  const { me } = useSession()
  const workspace = me?.workspaces.find((w) => w.id === workspaceId)
  const role = workspace?.role
  const workspaceName = workspace?.name
  const mayManage = role !== undefined && canInWorkspace(role, 'workspace.manageMembers')
  const path = `/api/workspaces/${encodeURIComponent(workspaceId)}/members`
  const { data, error, reload } = useApi<{ members: Member[] }>(path)
  const { busy, run } = useOneAtATime()
  const [failure, setFailure] = useState<unknown>(null)
  const [added, setAdded] = useState<AddedMember | null>(null)
  const [newMember, setNewMember] = useState({ email: '', name: '', role: 'agent' as Role })

  const attempt = (action: () => Promise<unknown>) =>
    run(async () => {
      setFailure(null)
      try {
        await action()
        reload()
      } catch (e) {
        setFailure(e)
      }
    })
  const add = (event: FormEvent) => {
    event.preventDefault()
    void attempt(async () => {
      setAdded(null)
      setReset(null)
      const body = { email: newMember.email, role: newMember.role, ...(newMember.name.trim() && { name: newMember.name }) }
      try {
        setAdded(await api<AddedMember>(path, { method: 'POST', body }))
      } catch (e) {
        throw e instanceof ApiRequestError && e.status === 409
          ? new ExplainedProblem(t('members.alreadyMember'))
          : e instanceof ApiRequestError && e.code === 'name_required'
            ? new ExplainedProblem(t('members.nameNeeded'))
            : e
      }
      setNewMember({ email: '', name: '', role: newMember.role })
    })
  }
  // Leaving the workspace without a lead leaves nobody who may approve a filing: said before it happens.
  const lastLeadWarning = (member: Member): string[] =>
    member.role === 'lead' && (data?.members ?? []).filter((m) => m.role === 'lead').length === 1 ? [t('members.lastLead', { name: member.name })] : []
  // Seats a lower role changed are not raised with the role again: the admin is told so at once.
  const [seatsChanged, setSeatsChanged] = useState<{ name: string; count: number } | null>(null)
  // A role changes team seats that a later change does not give back: asked first (a select also
  // changes on one arrow key).
  const changeRole = (member: Member, to: Role) => {
    const question = [t('members.roleConfirm', { name: member.name, role: t(`role.${to}`) }), ...(to !== 'lead' ? lastLeadWarning(member) : [])].join('\n\n')
    if (!window.confirm(question)) return
    return attempt(async () => {
      setSeatsChanged(null)
      const changed = await api<{ seatsChanged: number }>(`${path}/${encodeURIComponent(member.userId)}`, { method: 'PUT', body: { role: to } })
      if (changed.seatsChanged > 0) setSeatsChanged({ name: member.name, count: changed.seatsChanged })
    })
  }
  // A new password for someone who forgot theirs, shown once like a new account's first password.
  const [reset, setReset] = useState<{ name: string; password: string } | null>(null)
  const resetPassword = (member: Member) => {
    if (!window.confirm(t('members.resetConfirm', { name: member.name }))) return
    void attempt(async () => {
      setReset(null)
      setAdded(null)
      const { password } = await api<{ password: string }>(`${path}/${encodeURIComponent(member.userId)}/password`, { method: 'POST' })
      setReset({ name: member.name, password })
    })
  }
  const remove = (member: Member) => {
    if (!window.confirm([t('members.removeConfirm', { name: member.name }), ...lastLeadWarning(member)].join('\n\n'))) return
    void attempt(() => api(`${path}/${encodeURIComponent(member.userId)}`, { method: 'DELETE' }))
  }

  if (error) return <ErrorNote error={error} />
  if (!data) return <PageSkeleton />
  return (
    <section className="page wide" aria-labelledby="members-title">
      <h1 id="members-title">{t('members.title')}</h1>
      {/* The workspace's name, as it was given at set-up: the page says whose members these are. */}
      {workspaceName && (
        <p className="muted" translate="no" data-testid="workspace-name">
          {workspaceName}
        </p>
      )}
      {!mayManage && (
        <p className="muted" role="note">
          {t('members.readOnly')}
        </p>
      )}
      {reset && (
        <p role="status" className="member-password" data-testid="password-reset">
          {rich('label.value', {
            label: t('members.newPasswordFor', { name: reset.name }),
            value: <code translate="no">{reset.password}</code>,
          })}
        </p>
      )}
      {seatsChanged && (
        <p role="status" data-testid="seats-changed">
          {rich(pluralKey(locale, 'members.seatsChanged', seatsChanged.count), {
            name: <span translate="no">{seatsChanged.name}</span>,
            count: seatsChanged.count,
          })}
        </p>
      )}
      <div className="members-scroll">
        <table className="members" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{t('members.member')}</th>
              <th scope="col" id="members-role-heading">
                {t('members.role')}
              </th>
              {mayManage && <td />}
            </tr>
          </thead>
          <tbody>
            {[...data.members].sort(byName).map((member) => {
              const self = member.userId === me?.user.id
              return (
                <tr key={member.userId} data-email={member.email}>
                  {/* Name and e-mail in one cell, so that a phone shows the role and Remove without scrolling sideways. */}
                  <td>
                    <span translate="no" id={`member-${member.userId}`}>
                      {member.name}
                    </span>{' '}
                    {self && <span className="muted">{t('members.you')}</span>}
                    <span className="member-email muted small" translate="no">
                      {member.email}
                    </span>
                  </td>
                  <td>
                    {mayManage && !self ? (
                      <select
                        value={member.role}
                        disabled={busy}
                        onChange={(e) => void changeRole(member, e.target.value as Role)}
                        aria-labelledby={`members-role-heading member-${member.userId}`}
                      >
                        <RoleOptions />
                      </select>
                    ) : (
                      t(`role.${member.role}`)
                    )}
                  </td>
                  {mayManage && (
                    <td className="member-actions">
                      {!self && (
                        <>
                          <MemberAction action="reset" member={member} disabled={busy} onClick={() => resetPassword(member)}>
                            {t('members.resetPassword')}
                          </MemberAction>
                          <MemberAction action="remove" member={member} disabled={busy} onClick={() => remove(member)}>
                            {t('members.remove')}
                          </MemberAction>
                        </>
                      )}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {failure !== null && <ErrorNote error={failure} />}
      {mayManage && (
        <form className="member-form" onSubmit={add} aria-labelledby="add-member-title">
          <h2 id="add-member-title">{t('members.add')}</h2>
          <p className="muted small">{t('members.addHint')}</p>
          <label>
            {t('members.email')}
            <input type="email" required value={newMember.email} onChange={(e) => setNewMember({ ...newMember, email: e.target.value })} />
          </label>
          <label>
            <span>
              {rich('text.withAside', {
                text: t('members.name'),
                aside: <span className="muted small">{t('text.parenthetical', { text: t('members.nameHint') })}</span>,
              })}
            </span>
            <input value={newMember.name} onChange={(e) => setNewMember({ ...newMember, name: e.target.value })} />
          </label>
          <label>
            {t('members.role')}
            <select value={newMember.role} onChange={(e) => setNewMember({ ...newMember, role: e.target.value as Role })}>
              <RoleOptions />
            </select>
          </label>
          <button type="submit" disabled={busy}>
            {t('members.add')}
          </button>
          {added && (
            <div role="status" data-testid="member-added">
              <p>
                {rich('label.value', { label: t('members.added'), value: <span translate="no">{added.name} ({added.email})</span> })}
              </p>
              {added.password && (
                <p>
                  {rich('label.value', { label: t('members.firstPassword'), value: <code translate="no" data-testid="first-password">{added.password}</code> })}
                </p>
              )}
            </div>
          )}
        </form>
      )}
      <PasswordForm />
    </section>
  )
}

/** A link-styled button acting on one member, named with the member for screen readers ("Remove 王磊"). */
function MemberAction({ action, member, disabled, onClick, children }: { action: string; member: Member; disabled: boolean; onClick: () => void; children: ReactNode }) {
  const id = `member-${action}-${member.userId}`
  return (
    <button type="button" className="link" disabled={disabled} id={id} aria-labelledby={`${id} member-${member.userId}`} onClick={onClick}>
      {children}
    </button>
  )
}

/** Every role, in the reader's language, as the options of a role select. */
function RoleOptions() {
  const { t } = useI18n()
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(`role.${role}`)}
    </option>
  ))
}
