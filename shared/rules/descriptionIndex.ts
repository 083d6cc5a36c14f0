import type { ClaimLanguage } from '../claims/types'
import { EnglishDescriptionIndex } from './englishDescriptionIndex'

/**
 * Answers "does the description use this term?" without scanning the description once per
 * term: Chinese text is indexed by character, English text by singular word form. An index
 * is built at most once per description string and kept for the next analyses, since a claim
 * set is re-checked on every edit while its description rarely changes.
 */
export interface DescriptionIndex {
  /** Whether the description contains the term, given as a key from termKey(). */
  uses(key: string, language: ClaimLanguage): boolean
}

const CACHE_SIZE = 8
// The descriptions indexed last, oldest first.
const cache: { description: string; fingerprint: number; index: DescriptionIndex }[] = []

/** The index of a description, built on first use and cached by the description string. */
export function descriptionIndexFor(description: string): DescriptionIndex {
  const fingerprint = fingerprintOf(description)
  const cached = cache.find((entry) => entry.fingerprint === fingerprint && entry.description === description)
  if (cached !== undefined) return cached.index
  const index = new LazyDescriptionIndex(description)
  if (cache.length >= CACHE_SIZE) cache.shift()
  cache.push({ description, fingerprint, index })
  return index
}

// Characters read at each end of a description for its fingerprint.
const FINGERPRINT_ENDS = 64

/**
 * A number read from a description's length and ends, which most edits change, so that a cached
 * index is compared in full only with a description that may equal it. Keyed by the string
 * itself, a Map would compare every cached description of the same length in full: a string this
 * long is hashed by its length alone.
 */
function fingerprintOf(description: string): number {
  const ends = Math.min(FINGERPRINT_ENDS, description.length)
  let hash = description.length
  for (let at = 0; at < ends; at++) hash = (Math.imul(hash, 31) + description.charCodeAt(at)) | 0
  for (let at = description.length - ends; at < description.length; at++) hash = (Math.imul(hash, 31) + description.charCodeAt(at)) | 0
  return hash
}

class LazyDescriptionIndex implements DescriptionIndex {
  private chinese: ChineseIndex | null = null
  private english: EnglishDescriptionIndex | null = null
  private readonly answers: Record<ClaimLanguage, Map<string, boolean>> = { zh: new Map(), en: new Map() }

  constructor(private readonly description: string) {}

  uses(key: string, language: ClaimLanguage): boolean {
    let answer = this.answers[language].get(key)
    if (answer === undefined) {
      answer = language === 'zh'
        ? (this.chinese ??= new ChineseIndex(this.description)).uses(key)
        : (this.english ??= new EnglishDescriptionIndex(this.description)).uses(key)
      this.answers[language].set(key, answer)
    }
    return answer
  }
}

/**
 * Every position of each UTF-16 code unit, grouped by unit in one typed array (a counting sort),
 * so that a term is checked only where its rarest character occurs.
 */
class ChineseIndex {
  private readonly text: string
  private readonly starts = new Uint32Array(0x10001)
  private readonly positions: Uint32Array

  constructor(description: string) {
    this.text = description.replace(/\s+/g, '')
    const { text, starts } = this
    for (let at = 0; at < text.length; at++) {
      const slot = text.charCodeAt(at) + 1
      starts[slot] = (starts[slot] ?? 0) + 1
    }
    for (let unit = 1; unit < starts.length; unit++) starts[unit] = (starts[unit] ?? 0) + (starts[unit - 1] ?? 0)
    const next = starts.slice(0, 0x10000)
    this.positions = new Uint32Array(text.length)
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at)
      const slot = next[unit] ?? 0
      this.positions[slot] = at
      next[unit] = slot + 1
    }
  }

  /** A term is used when it occurs as written or, for "X的Y", when each of its parts occurs. */
  uses(key: string): boolean {
    if (this.contains(key)) return true
    const parts = key.split('的').filter((part) => part.length > 0)
    return parts.length > 1 && parts.every((part) => this.contains(part))
  }

  private contains(key: string): boolean {
    if (key === '') return true
    let offset = 0
    let fewest = Infinity
    for (let at = 0; at < key.length; at++) {
      const unit = key.charCodeAt(at)
      const count = (this.starts[unit + 1] ?? 0) - (this.starts[unit] ?? 0)
      if (count < fewest) {
        fewest = count
        offset = at
      }
    }
    const unit = key.charCodeAt(offset)
    for (let index = this.starts[unit] ?? 0; index < (this.starts[unit + 1] ?? 0); index++) {
      if (this.text.startsWith(key, (this.positions[index] ?? 0) - offset)) return true
    }
    return false
  }
}
