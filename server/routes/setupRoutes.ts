import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { z } from 'zod'
import type { UserId, WorkspaceId } from '../../shared/domain/ids'
import type { SetupResponse, SetupStatus } from '../../shared/domain/api'
import { ApiError } from '../ApiError'
import type { AppDeps, AppEnv } from '../app'
import { clientAddress } from '../auth/clientAddress'
import { refuseWhileLimited } from '../auth/refuseWhileLimited'
import { normalSetupCode } from '../auth/handedOverSecrets'
import { NewPassword } from '../auth/newPassword'
import { hashPassword } from '../auth/passwords'
import { signInWithCookie } from '../auth/sessionCookie'
import { newId } from '../newId'
import { DEMO_USERS } from '../seed/seedDemoWorkspace'
import { readJson } from './readJson'

const SetupBody = z.object({
  code: z.string().max(100),
  workspaceName: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  password: NewPassword,
})

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * `GET|POST /api/setup` — the first run of a server started without the demo (CLAIMROOM_SEED=0):
 * while no account exists, whoever holds the setup code from the server's log creates the
 * workspace and becomes its first admin, signed in at once. Closed for good after that.
 */
export function setupRoutes({ store, setupCode, loginLimits, secureCookies, log }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  const expected = setupCode === null ? null : digest(normalSetupCode(setupCode))

  routes.get('/', async (c) => {
    const body: SetupStatus = {
      setupNeeded: expected !== null && (await store.isEmpty()),
      // The sign-in page names the demo accounts only where they exist.
      demoAccounts: (await store.findUserByEmail(DEMO_USERS[0]!.email)) !== null,
    }
    return c.json(body)
  })

  routes.post('/', async (c) => {
    const address = clientAddress(c)
    refuseWhileLimited(c, loginLimits.byAddress.retryAfterMs(address), 'too many wrong setup codes; try again later')
    const body = await readJson(c, SetupBody)
    if (expected === null || !(await store.isEmpty())) throw new ApiError(409, 'already_set_up', 'this server already has a workspace: sign in')
    if (!timingSafeEqual(digest(normalSetupCode(body.code)), expected)) {
      loginLimits.byAddress.recordFailure(address)
      log(`first-run set-up refused for ${address}: wrong setup code`)
      throw new ApiError(403, 'wrong_setup_code', 'the setup code is not the one in the server’s log')
    }
    const workspace = { id: newId<WorkspaceId>(), name: body.workspaceName }
    const admin = { id: newId<UserId>(), email: body.email, name: body.name, passwordHash: await hashPassword(body.password) }
    // Two set-ups at once: the store lets one through and tells the other.
    if (!(await store.createFirstWorkspace(workspace, admin))) throw new ApiError(409, 'already_set_up', 'this server already has a workspace: sign in')
    log(`first-run set-up: workspace "${workspace.name}" created with ${admin.email} as its admin`)
    const signedIn = await signInWithCookie(c, store, admin, secureCookies)
    const answer: SetupResponse = { ...signedIn, workspace }
    return c.json(answer, 201)
  })

  return routes
}
