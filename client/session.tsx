import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import type { MeResponse } from '../shared/domain/api'
import { api, ApiRequestError } from './api'
import { clearLocalCopies } from './localCopies'
import { forgetKeptAnswers, whenServiceWorkerTakesOver } from './offline/offlineApp'

interface Session {
  me: MeResponse | null
  loading: boolean
  signIn(email: string, password: string): Promise<void>
  /** Signs in by another request that starts a session (the first-run set-up); resolves to its answer. */
  signInBy<T>(request: () => Promise<T>): Promise<T>
  /** Ends the session and deletes this device's copies of the user's documents. */
  signOut(): Promise<void>
  /** Reads who is signed in again: after the server said the user's role changed. */
  refresh(): Promise<void>
}

const SessionContext = createContext<Session | null>(null)

/** Set while a sign-out could not reach the server: the next start of the app ends the session there. */
const SIGN_OUT_OWED = 'claimroom.signOutOwed'

/** Who is signed in, read from the server (the cookie is httpOnly, so the page cannot read it). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeResponse | null>(null)
  const [loading, setLoading] = useState(true)
  const refresh = useCallback(async () => {
    try {
      // A sign-out made offline ends the session on the server first: the cookie is httpOnly, so
      // only the server can end it, and the next person at this browser must not find it open.
      if (localStorage.getItem(SIGN_OUT_OWED) !== null) {
        await api('/api/auth/logout', { method: 'POST' }).catch((error: unknown) => {
          if (error instanceof ApiRequestError && error.code === 'network') throw error
        })
        localStorage.removeItem(SIGN_OUT_OWED)
      }
      setMe(await api<MeResponse>('/api/auth/me'))
    } catch (error) {
      if (!(error instanceof ApiRequestError && error.status === 401)) throw error
      setMe(null)
    } finally {
      setLoading(false)
    }
  }, [])
  useEffect(() => void refresh(), [refresh])
  useEffect(() => whenServiceWorkerTakesOver(() => void refresh()), [refresh])
  const signInBy = useCallback(
    async <T,>(request: () => Promise<T>): Promise<T> => {
      const answer = await request()
      // The new session's cookie took the place of the one a sign-out made offline left behind.
      localStorage.removeItem(SIGN_OUT_OWED)
      // Answers kept offline for whoever used this browser before are not this user's to see.
      await forgetKeptAnswers()
      await refresh()
      return answer
    },
    [refresh],
  )
  const signIn = useCallback(
    async (email: string, password: string) => {
      await signInBy(() => api('/api/auth/login', { method: 'POST', body: { email, password } }))
    },
    [signInBy],
  )
  const userId = me?.user.id
  const signOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch((error: unknown) => {
      if (error instanceof ApiRequestError && error.code === 'network') localStorage.setItem(SIGN_OUT_OWED, '1')
    })
    setMe(null)
    await forgetKeptAnswers()
    if (userId) await clearLocalCopies(userId)
  }, [userId])
  return <SessionContext.Provider value={{ me, loading, signIn, signInBy, signOut, refresh }}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}
