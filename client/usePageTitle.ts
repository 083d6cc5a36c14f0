import { useEffect } from 'react'

const PRODUCT = 'Claimroom'

/**
 * Names the browser tab by what the page shows, most particular first ("权利要求书 · 输电线路… ·
 * Claimroom"): a lead with several matters open tells the tabs apart, and the history lists them so.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter((part): part is string => Boolean(part)), PRODUCT].join(' · ')
  useEffect(() => {
    document.title = title
  }, [title])
}
