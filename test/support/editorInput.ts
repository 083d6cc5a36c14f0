import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Clicks into claim `number` and waits until the editor has the caret there. */
export async function clickIntoClaim(page: Page, number: number): Promise<void> {
  await page.click(`.tiptap li.claim:nth-child(${number})`)
  // The editor takes the caret from the browser's selectionchange event, which comes after the click.
  // In an empty claim the selection is anchored in the claim's element itself, not in a text node.
  await expect
    .poll(() =>
      page.evaluate((n) => {
        const anchor = window.getSelection()?.anchorNode
        return (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest(`li.claim:nth-child(${n})`) != null
      }, number),
    )
    .toBe(true)
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))))
}

/** The claims' own text, without the name labels of other people's carets. */
export const claimTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.tiptap li.claim')].map((claim) => {
      const copy = claim.cloneNode(true) as Element
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
      return copy.textContent
    }),
  )

/** Pastes into the editor where it has the caret, as the clipboard gives it: `text/plain`, and `text/html` when copied from Word or a page. */
export const paste = (page: Page, clipboard: { 'text/plain': string; 'text/html'?: string }) =>
  page.evaluate((types) => {
    const data = new DataTransfer()
    for (const [type, value] of Object.entries(types)) data.setData(type, value)
    document.querySelector('.tiptap')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, clipboard)
