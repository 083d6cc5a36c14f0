import { useCallback, useState } from 'react'

/**
 * A text being written, kept in the tab's sessionStorage under `key` until it is sent (set to
 * ''), so that a reload does not lose a comment half written. The tab's storage ends with the
 * tab; the key names the user, so that someone else signing in there does not see it.
 */
export function useDraft(key: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => readDraft(key))
  const update = useCallback(
    (next: string) => {
      setText(next)
      try {
        if (next) sessionStorage.setItem(key, next)
        else sessionStorage.removeItem(key)
      } catch {
        // Storage full or refused (private mode): the draft lives only as long as the page.
      }
    },
    [key],
  )
  return [text, update]
}

function readDraft(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}
