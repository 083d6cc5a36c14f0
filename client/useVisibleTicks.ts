import { useEffect, useRef, useState } from 'react'

/**
 * A count that goes up every `intervalMs` while the page is in view, and at once when it comes
 * back into view, calling `onTick` each time: for pages that show what others change but have no
 * socket of their own (the matter page's workflow, documents and archive, the inbox), so that
 * they catch up without a reload.
 */
export function useVisibleTicks(intervalMs: number, onTick?: () => void): number {
  const [ticks, setTicks] = useState(0)
  // The latest callback, without starting the timer again whenever the caller renders.
  const latestOnTick = useRef(onTick)
  latestOnTick.current = onTick
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== 'visible') return
      setTicks((n) => n + 1)
      latestOnTick.current?.()
    }
    const timer = setInterval(tick, intervalMs)
    document.addEventListener('visibilitychange', tick)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [intervalMs])
  return ticks
}
