import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import type { Role } from '../../shared/domain/roles'
import { hashPassword } from '../auth/passwords'
import { createDocument } from '../documents/createDocument'
import { newId } from '../newId'
import type { Store } from '../storage/Store'
import { DEMO_MATTER_TITLE, demoClaims, demoDisclosure, demoOfficeActionReply } from './demoContent'

export const DEMO_PASSWORD = 'demo-password'

export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: 'lead@demo.test', name: '王磊 (Lead)', role: 'lead' },
  { email: 'agent@demo.test', name: '李娜 (Agent)', role: 'agent' },
  { email: 'inventor@demo.test', name: '张伟 (Inventor)', role: 'inventor' },
  { email: 'reviewer@demo.test', name: '陈静 (Reviewer)', role: 'reviewer' },
]

/** The demo workspace: four users, one per role, and one matter holding one document of each kind. */
export async function seedDemoWorkspace(store: Store): Promise<void> {
  const workspaceId = newId<WorkspaceId>()
  await store.createWorkspace(workspaceId, '演示知识产权部 Demo IP Department')
  for (const user of DEMO_USERS) {
    const id = newId<UserId>()
    await store.createUser({ id, email: user.email, name: user.name, passwordHash: await hashPassword(DEMO_PASSWORD) })
    await store.addMember(workspaceId, id, user.role)
  }
  const matter = {
    id: newId<MatterId>(),
    workspaceId,
    title: DEMO_MATTER_TITLE,
    jurisdiction: 'CN' as const,
    createdAt: new Date().toISOString(),
  }
  await store.createMatter(matter)
  const documents = [
    { kind: 'disclosure', title: '技术交底书', content: demoDisclosure() },
    { kind: 'claims', title: '权利要求书', content: demoClaims() },
    { kind: 'oa-reply', title: '第一次审查意见答复', content: demoOfficeActionReply() },
  ] as const
  for (const document of documents) {
    await createDocument(store, { id: newId<DocumentId>(), matter, ...document })
  }
}
