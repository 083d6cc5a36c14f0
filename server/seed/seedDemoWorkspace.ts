import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import type { Role } from '../../shared/domain/roles'
import { hashPassword } from '../auth/passwords'
import { createDocument } from '../documents/createDocument'
import { newId } from '../newId'
import { archiveEntry } from '../review/archiveEntry'
import type { MatterRecord, Store, UserRecord } from '../storage/Store'
import { DEMO_CHECKLISTS } from './demoChecklists'
import { DEMO_MATTER_TITLE, demoClaims, demoDisclosure, demoOfficeActionReply } from './demoContent'

export const DEMO_PASSWORD = 'demo-password'

export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: 'lead@demo.test', name: '王磊', role: 'lead' },
  { email: 'agent@demo.test', name: '李娜', role: 'agent' },
  { email: 'inventor@demo.test', name: '张伟', role: 'inventor' },
  { email: 'reviewer@demo.test', name: '陈静', role: 'reviewer' },
  { email: 'admin@demo.test', name: '赵敏', role: 'admin' },
]

/**
 * The demo workspace: five users, one per role, and one matter holding one document of each kind,
 * with every demo user but the admin on its team and a filled-in checklist on each document.
 */
export async function seedDemoWorkspace(store: Store): Promise<void> {
  const workspaceId = newId<WorkspaceId>()
  await store.createWorkspace(workspaceId, '演示知识产权部 Demo IP Department')
  const users: UserRecord[] = []
  for (const user of DEMO_USERS) {
    const record = { id: newId<UserId>(), email: user.email, name: user.name, passwordHash: await hashPassword(DEMO_PASSWORD) }
    await store.createUser(record)
    await store.addMember(workspaceId, record.id, user.role)
    users.push(record)
  }
  const matter: MatterRecord = {
    id: newId<MatterId>(),
    workspaceId,
    title: DEMO_MATTER_TITLE,
    jurisdiction: 'CN',
    createdAt: new Date().toISOString(),
    state: 'disclosure',
    grade: null,
  }
  await store.createMatter(matter)
  // The admin runs the workspace (members, checklist templates) and works on no matter.
  for (const [i, user] of DEMO_USERS.entries()) if (user.role !== 'admin') await store.addTeamMember(matter.id, users[i]!.id, user.role)
  const lead = { user: users[0]!, memberships: [] }
  await store.appendArchive(archiveEntry(lead, matter.id, 'matter.created', { to: matter.state, note: matter.title }))
  const reviewer = users[DEMO_USERS.findIndex((u) => u.role === 'reviewer')]!
  const documents = [
    { kind: 'disclosure', title: '技术交底书', content: demoDisclosure() },
    { kind: 'claims', title: '权利要求书', content: demoClaims() },
    { kind: 'oa-reply', title: '第一次审查意见答复', content: demoOfficeActionReply() },
  ] as const
  for (const document of documents) {
    const created = await createDocument(store, { id: newId<DocumentId>(), matter, ...document })
    const setAt = new Date().toISOString()
    await store.setChecklistMarks(
      created.id,
      Object.entries(DEMO_CHECKLISTS[document.kind]).map(([itemId, mark]) => ({ itemId, ...mark, setBy: reviewer.id, setAt })),
    )
  }
}
