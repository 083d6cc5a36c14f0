import { useEffect, useState } from 'react'

/**
 * A count that goes up every `intervalMs` while the page is in view, and at once when it comes
 * back into view: for pages that show what others change but have no socket of their own (the
 * matter page's workflow, documents and archive), so that they catch up without a reload.
 */
export function useVisibleTicks(intervalMs: number): number {
  const [ticks, setTicks] = useState(0)
  useEffect(() => {
    const tick = () => document.visibilityState === 'visible' && setTicks((n) => n + 1)
    const timer = setInterval(tick, intervalMs)
    document.addEventListener('visibilitychange', tick)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [intervalMs])
  return ticks
}
