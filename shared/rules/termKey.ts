import type { ClaimLanguage } from '../claims/types'

/**
 * Comparable forms of claim terms. The parser already strips articles, 所述/该 and reference
 * signs; a key further drops quantifiers and, for English, case and plural endings, so that
 * "a plurality of services", "the service" and "said Services" compare equal.
 */

// Claim sets are re-checked on every edit and repeat their words: forms are kept, up to a bound.
const MEMO_SIZE = 20_000
const singulars = new Map<string, string>()
const memo: Record<ClaimLanguage, Map<string, string>> = { zh: new Map(), en: new Map() }

const ENGLISH_LEADING_WORDS = /^(?:(?:the|said|a|an|each|every|at least one|one or more|a plurality of|plurality of|of)\s+)+/

// Quantifiers in front of a Chinese noun ("一对接触引脚", "至少一个第一导向孔"); a bare 一 is
// left alone because it starts words of its own (一体结构).
const CHINESE_LEADING_WORDS =
  /^(?:所述|该|上述|一种|一个|一对|一组|一根|一块|一套|一条|一只|至少一个|至少两个|多个|若干个|若干|两个|每个|每一个|各个)+/

// Words whose final "s" is not a plural ending.
const INVARIANT_WORDS = new Set([
  'means', 'series', 'species', 'lens', 'chassis', 'apparatus', 'gas', 'bias', 'status', 'process',
  'plus', 'minus', 'thus', 'always', 'across', 'less', 'various', 'previous', 'analysis', 'axis',
  'basis', 'thesis', 'corpus', 'radius', 'focus', 'nucleus', 'stimulus', 'virus', 'bus', 'campus',
])

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  lenses: 'lens', axes: 'axis', indices: 'index', vertices: 'vertex', matrices: 'matrix',
  teeth: 'tooth', feet: 'foot', children: 'child', men: 'man', women: 'woman', mice: 'mouse',
  data: 'datum', media: 'medium', criteria: 'criterion', phenomena: 'phenomenon',
  analyses: 'analysis', bases: 'base', buses: 'bus', statuses: 'status', processes: 'process',
  radii: 'radius', nuclei: 'nucleus', viruses: 'virus',
}

/** The singular of one lower-case English word ("bodies" → "body", "boxes" → "box"). */
export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS[word]
  if (irregular !== undefined) return irregular
  if (word.length <= 3 || INVARIANT_WORDS.has(word)) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(?:ss|ch|sh|x|z)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/** Lower-case, singular English words of a text, split at anything that is not a letter or digit. */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g)?.map(cachedSingular) ?? []
}

function cachedSingular(word: string): string {
  let form = singulars.get(word)
  if (form === undefined) {
    if (singulars.size >= MEMO_SIZE) singulars.clear()
    form = singular(word)
    singulars.set(word, form)
  }
  return form
}


/** The comparable form of a term: see the module comment. */
export function termKey(term: string, language: ClaimLanguage): string {
  const known = memo[language].get(term)
  if (known !== undefined) return known
  const key = language === 'zh'
    ? term.replace(/\s+/g, '').replace(CHINESE_LEADING_WORDS, '')
    : englishWords(term.toLowerCase().replace(ENGLISH_LEADING_WORDS, '')).join(' ')
  if (memo[language].size >= MEMO_SIZE) memo[language].clear()
  memo[language].set(term, key)
  return key
}

/**
 * Whether an introduced term gives antecedent basis to a referenced one: the same key, or an
 * introduced term that ends with or contains the referenced one ("所述端盖" after "第一端盖",
 * "the member" after "a support member"). English keys match on whole words only.
 */
export function supports(introducedKey: string, referencedKey: string, language: ClaimLanguage): boolean {
  if (introducedKey === referencedKey) return true
  if (referencedKey === '' || referencedKey.length > introducedKey.length) return false
  if (language === 'zh') return introducedKey.includes(referencedKey)
  for (let at = introducedKey.indexOf(referencedKey); at >= 0; at = introducedKey.indexOf(referencedKey, at + 1)) {
    const end = at + referencedKey.length
    if ((at === 0 || introducedKey[at - 1] === ' ') && (end === introducedKey.length || introducedKey[end] === ' ')) return true
  }
  return false
}
