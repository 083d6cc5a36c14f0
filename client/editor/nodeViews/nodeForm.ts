import type { MouseEvent } from 'react'

const INTERACTIVE = 'input, select, textarea, button, label, a'

/**
 * Keeps a click on the bare parts of a node view's form (its headings, hints, gaps) from
 * reaching the editor, which would place the caret at the nearest text outside the form — the
 * invention title, above the office action — so that typing would land there.
 */
export function keepCaretOutOfForm(event: MouseEvent<HTMLElement>): void {
  if (!(event.target as HTMLElement).closest(INTERACTIVE)) event.preventDefault()
}

/**
 * Which events ProseMirror leaves to a node view's form: all of those on its fields and on its
 * bare parts (`[data-node-form]`); those in the editable content go to ProseMirror.
 */
export function stopFormEvents({ event }: { event: Event }): boolean {
  const target = event.target as HTMLElement | null
  if (!target?.closest) return false
  if (event.type.startsWith('drag') || event.type === 'drop') return false
  return target.closest('[data-node-form]') !== null
}
