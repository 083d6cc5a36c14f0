/**
 * Lengths the offices count: Chinese characters (punctuation included, whitespace not) and
 * English words. Each returns where the text passes the limit, to locate the finding.
 */
export interface Overrun {
  count: number
  /** Offset of the first character or word beyond the limit; null while within it. */
  overflowAt: number | null
}

/** Characters other than whitespace, counted by code point. */
export function countCharacters(text: string, limit: number): Overrun {
  let count = 0
  let overflowAt: number | null = null
  for (let at = 0; at < text.length; ) {
    const codePoint = text.codePointAt(at) ?? 0
    const width = codePoint > 0xffff ? 2 : 1
    if (!/\s/.test(text[at] ?? '')) {
      count++
      if (count === limit + 1) overflowAt = at
    }
    at += width
  }
  return { count, overflowAt }
}

/** Every character between the first and the last that is not whitespace. */
export function countAllCharacters(text: string, limit: number): Overrun {
  const lead = text.length - text.trimStart().length
  const count = text.trim().length
  return { count, overflowAt: count > limit ? lead + limit : null }
}

/** Words separated by whitespace. */
export function countWords(text: string, limit: number): Overrun {
  let count = 0
  let overflowAt: number | null = null
  for (const word of text.matchAll(/\S+/g)) {
    count++
    if (count === limit + 1) overflowAt = word.index
  }
  return { count, overflowAt }
}
