import { useCallback, useEffect, useState } from 'react'
import { api } from './api'
import { whenServiceWorkerTakesOver } from './offline/offlineApp'

/** Loads a JSON resource and reloads it on demand; the error is kept for the page to show. */
export function useApi<T>(path: string): { data: T | null; error: Error | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    api<T>(path).then(
      (value) => live && (setData(value), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    )
    return () => {
      live = false
    }
  }, [path, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  useEffect(() => whenServiceWorkerTakesOver(reload), [reload])
  return { data, error, reload }
}
