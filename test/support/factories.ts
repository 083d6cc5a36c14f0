import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { DocumentView, LoginResponse, MatterView } from '../../shared/domain/api'
import type { DocumentId, MatterId, UserId, WorkspaceId } from '../../shared/domain/ids'
import type { Role } from '../../shared/domain/roles'
import type { BaselineClaim } from '../../shared/editor/claimBaseline'
import { claimList, documentTitle, patentDocument, section } from '../../shared/editor/documentBuilders'
import { hashPassword } from '../../server/auth/passwords'
import { createDocument as storeDocument } from '../../server/documents/createDocument'
import { newId } from '../../server/newId'
import type { DocumentRecord, Store } from '../../server/storage/Store'

export const TEST_PASSWORD = 'correct horse battery staple'

let counter = 0

export interface TestUser {
  id: UserId
  email: string
  token: string
  workspaceId: WorkspaceId
}

/** Creates a workspace. */
export async function createWorkspace(store: Store, name = `Workspace ${++counter}`): Promise<WorkspaceId> {
  const id = newId<WorkspaceId>()
  await store.createWorkspace(id, name)
  return id
}

/** Creates a user with a role in a workspace (a new one unless given) and signs them in over HTTP. */
export async function createUser(
  baseUrl: string,
  store: Store,
  { role = 'agent', workspaceId }: { role?: Role; workspaceId?: WorkspaceId } = {},
): Promise<TestUser> {
  const workspace = workspaceId ?? (await createWorkspace(store))
  const id = newId<UserId>()
  const email = `user${++counter}-${id.slice(0, 6).toLowerCase()}@test.example`
  await store.createUser({ id, email, name: `Test ${role} ${counter}`, passwordHash: await hashPassword(TEST_PASSWORD) })
  await store.addMember(workspace, id, role)
  const login = await request<LoginResponse>(baseUrl, 'POST', '/api/auth/login', { body: { email, password: TEST_PASSWORD } })
  return { id, email, token: login.body.token, workspaceId: workspace }
}

/** Signs in one user for each role, all in one new workspace: the people a matter's team is made from. */
export async function usersInRoles<R extends Role>(baseUrl: string, store: Store, roles: readonly R[]): Promise<Record<R, TestUser>> {
  const workspaceId = await createWorkspace(store)
  const users = {} as Record<R, TestUser>
  for (const role of roles) users[role] = await createUser(baseUrl, store, { role, workspaceId })
  return users
}

export interface JsonResponse<T> {
  status: number
  body: T
  headers: Headers
}

/** One JSON request against the real server. */
export async function request<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  { body, token, rawBody }: { body?: unknown; token?: string; rawBody?: string } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers }
}

export async function createMatter(baseUrl: string, user: TestUser, title = 'Test matter'): Promise<MatterView> {
  const response = await request<MatterView>(baseUrl, 'POST', '/api/matters', { token: user.token, body: { title } })
  if (response.status !== 201) throw new Error(`createMatter: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

export async function createDocument(
  baseUrl: string,
  user: TestUser,
  matterId: string,
  kind: DocumentKind = 'claims',
  title = 'Test document',
): Promise<DocumentView> {
  const response = await request<DocumentView>(baseUrl, 'POST', `/api/matters/${matterId}/documents`, {
    token: user.token,
    body: { kind, title },
  })
  if (response.status !== 201) throw new Error(`createDocument: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

/** Puts a user on a matter's team with a role, as a lead would from the matter page. */
export async function addToTeam(store: Store, matterId: string, user: TestUser, role: Role): Promise<void> {
  await store.addTeamMember(matterId as MatterId, user.id, role)
}

/**
 * Stores a claim set in a matter directly, headed with the matter's title, as if drafted before the test begins:
 * the claims, an empty abstract and the description's paragraphs (one empty paragraph unless given).
 */
export async function storedClaimSet(
  store: Store,
  matterId: string,
  claims: (string | BaselineClaim)[],
  { title = '权利要求书', description, abstract }: { title?: string; description?: string[]; abstract?: string[] } = {},
): Promise<DocumentRecord> {
  const matter = await store.findMatter(matterId as MatterId)
  if (!matter) throw new Error(`storedClaimSet: no matter ${matterId}`)
  return storeDocument(store, {
    id: newId<DocumentId>(),
    matter,
    kind: 'claims',
    title,
    content: patentDocument(documentTitle(matter.title), claimList(claims), section('abstract', abstract), section('description', description)),
  })
}

/**
 * A lead's approval of a document as it is, its checks overridden: what a matter needs of its claim
 * sets (or its latest reply) before it is approved for filing and filed.
 */
export async function approveAsIs(baseUrl: string, lead: TestUser, documentId: string): Promise<void> {
  const response = await request(baseUrl, 'POST', `/api/documents/${documentId}/approvals`, { token: lead.token, body: { override: { reason: 'approved for the test' } } })
  if (response.status !== 201 && response.status !== 200) throw new Error(`approveAsIs: ${response.status} ${JSON.stringify(response.body)}`)
}

/** A claim set stored in the matter and approved as it is, so the matter may be approved for filing and filed. */
export async function approvedClaimSet(baseUrl: string, store: Store, lead: TestUser, matterId: string): Promise<DocumentRecord> {
  const claimSet = await storedClaimSet(store, matterId, ['一种夹具，包括底座和压板。'])
  await approveAsIs(baseUrl, lead, claimSet.id)
  return claimSet
}
