import type { Attribute } from '@tiptap/core'

/** A node attribute kept in the HTML as `data-<html name>`, so copied content keeps it. */
export function dataAttribute(name: string, htmlName: string, fallback: string | null = ''): Attribute {
  const dataName = `data-${htmlName}`
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(dataName) ?? fallback,
    renderHTML: (attributes) => ({ [dataName]: attributes[name] }),
  }
}
