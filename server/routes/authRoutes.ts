import { Hono, type Context } from 'hono'
import { deleteCookie } from 'hono/cookie'
import { z } from 'zod'
import { ApiError } from '../ApiError'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { clientAddress } from '../auth/clientAddress'
import { refuseWhileLimited } from '../auth/refuseWhileLimited'
import { hashPassword, verifyPassword } from '../auth/passwords'
import { NewPassword } from '../auth/newPassword'
import { signInWithCookie } from '../auth/sessionCookie'
import { endSession, SESSION_COOKIE, sessionKey } from '../auth/sessions'
import type { MeResponse } from '../../shared/domain/api'
import { readJson } from './readJson'

const LoginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
})

const PasswordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: NewPassword,
})

// A fixed hash to verify against for unknown e-mails, so a wrong e-mail costs as long as a wrong password.
const DECOY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

export function authRoutes({ store, sync, loginLimits, passwordChecks, secureCookies, log }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()

  /**
   * Whether `password` is the account's, under the sign-in limits: every attempt counts as failed
   * from the moment it starts until it succeeds, per account and address, and per address.
   */
  async function passwordIsRight(c: Context<AppEnv>, email: string, passwordHash: string | undefined, password: string): Promise<boolean> {
    const address = clientAddress(c)
    // Per account and address: a stranger's guesses lock out the stranger, not the account's owner.
    const pair = `${email.toLowerCase()}\n${address}`
    const wait = Math.max(loginLimits.byAccountAndAddress.retryAfterMs(pair), loginLimits.byAddress.retryAfterMs(address))
    if (wait > 0) log(`password check refused for ${address}: too many failed attempts`)
    refuseWhileLimited(c, wait, 'too many failed sign-ins; try again later')
    loginLimits.byAccountAndAddress.recordFailure(pair)
    loginLimits.byAddress.recordFailure(address)
    let ok: boolean
    try {
      ok = await passwordChecks.run(address, () => verifyPassword(password, passwordHash ?? DECOY_HASH))
    } catch (error) {
      // Not checked at all: not a failed guess either.
      loginLimits.byAccountAndAddress.forgiveLatest(pair)
      loginLimits.byAddress.forgiveLatest(address)
      if (error instanceof ApiError) c.header('Retry-After', '1')
      throw error
    }
    if (!ok || passwordHash === undefined) return false
    loginLimits.byAccountAndAddress.recordSuccess(pair)
    loginLimits.byAddress.forgiveLatest(address)
    return true
  }

  routes.post('/login', async (c) => {
    const { email, password } = await readJson(c, LoginBody)
    const user = await store.findUserByEmail(email)
    if (!(await passwordIsRight(c, email, user?.passwordHash, password)) || !user) {
      throw new ApiError(401, 'invalid_credentials', 'wrong e-mail or password')
    }
    return c.json(await signInWithCookie(c, store, user, secureCookies))
  })

  routes.post('/logout', authenticate(store), async (c) => {
    const token = c.get('token')
    await endSession(store, token)
    // The session's open sockets end with it (4401), wherever they are.
    await sync.recheckAccess({ sessionKey: sessionKey(token) })
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json({ ok: true })
  })

  routes.post('/password', authenticate(store), async (c) => {
    const { user } = c.get('caller')
    const { currentPassword, newPassword } = await readJson(c, PasswordBody)
    if (!(await passwordIsRight(c, user.email, user.passwordHash, currentPassword))) {
      throw new ApiError(403, 'forbidden', 'the current password is wrong')
    }
    await store.setPasswordHash(user.id, await hashPassword(newPassword))
    // A password is changed because another device may know it: its sessions end, sockets too.
    const ended = await store.deleteOtherSessions(user.id, sessionKey(c.get('token')))
    await sync.recheckAccess({ userId: user.id })
    log(`${user.email} changed their password; ${ended} other session(s) ended`)
    return c.json({ ok: true })
  })

  routes.get('/me', authenticate(store), (c) => {
    const { user, memberships } = c.get('caller')
    const body: MeResponse = {
      user: { id: user.id, email: user.email, name: user.name, passwordHandedOver: user.passwordHandedOver ?? false },
      workspaces: memberships.map((m) => ({ id: m.workspaceId, name: m.workspaceName, role: m.role })),
    }
    return c.json(body)
  })

  return routes
}
