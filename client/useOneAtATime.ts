import { useCallback, useRef, useState } from 'react'

/**
 * Runs a form's or a button's action one at a time: while one runs, `busy` is true (for the
 * buttons' `disabled`) and further calls are dropped. A double click made two comments, two
 * approvals and their archive entries, which an append-only archive keeps for good. The ref
 * answers at once, before React has drawn the disabled button.
 */
export function useOneAtATime(): { busy: boolean; run: (action: () => Promise<unknown>) => Promise<void> } {
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  const run = useCallback(async (action: () => Promise<unknown>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      await action()
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, run }
}
