import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Clicks into the first element `selector` finds in the editor and waits until the editor has the caret there. */
export async function clickInto(page: Page, selector: string): Promise<void> {
  await page.click(`.tiptap ${selector}`)
  // The editor takes the caret from the browser's selectionchange event, which comes after the click.
  // In an empty block the selection is anchored in the block's element itself, not in a text node.
  await expect
    .poll(() =>
      page.evaluate((s) => {
        const anchor = window.getSelection()?.anchorNode
        return (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest(`.tiptap ${s}`) != null
      }, selector),
    )
    .toBe(true)
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))))
}

/** Clicks into claim `number` and waits until the editor has the caret there. */
export const clickIntoClaim = (page: Page, number: number) => clickInto(page, `li.claim:nth-child(${number})`)

/** The claims' own text, without the name labels of other people's carets. */
export const claimTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.tiptap li.claim')].map((claim) => {
      const copy = claim.cloneNode(true) as Element
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
      return copy.textContent
    }),
  )

/** Each claim's text with its line breaks (hard breaks) as "\n", without the name labels of other people's carets. */
export const claimLines = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.tiptap li.claim')].map((claim) => {
      const copy = claim.cloneNode(true) as Element
      copy.querySelectorAll('.collaboration-carets__caret, br.ProseMirror-trailingBreak').forEach((node) => node.remove())
      copy.querySelectorAll('br').forEach((lineBreak) => lineBreak.replaceWith('\n'))
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
