import { isOnlyAdjective } from '../claims/englishLexicon'
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

// A number in front is a quantifier too: "two parallel rails" and "the two rails" name the rails;
// "the respective valves" and "the corresponding valve" name the valves each belongs to, "the
// other end" and "the opposite end" one of the ends.
const ENGLISH_LEADING_WORDS =
  /^(?:(?:the|said|a|an|each|every|at least one|one or more|a plurality of|plurality of|of|two|three|four|five|six|seven|eight|nine|ten|\d+|respective|corresponding|other|opposite)\s+)+/

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

/** singular(), remembered: descriptions and claims repeat their words on every analysis. */
export function cachedSingular(word: string): string {
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
 * introduced term that ends with the referenced one, since the head of a term comes last
 * ("所述端盖" after "第一端盖", "the member" after "a support member"). A longer term is no
 * antecedent for its first words ("所述齿轮" after "齿轮箱", "the vehicle" after "a vehicle seat").
 * English keys match on whole words, and a reference may leave out adjectives of the
 * introduction ("the elongated member" after "a flexible elongated member", "the two rails" after
 * "two parallel rails").
 */
export function supports(introducedKey: string, referencedKey: string, language: ClaimLanguage): boolean {
  if (introducedKey === referencedKey) return true
  if (language === 'zh' && (endsWithSymbol(introducedKey) || endsWithSymbol(referencedKey))) return supportsWithSymbol(introducedKey, referencedKey)
  if (referencedKey === '' || referencedKey.length > introducedKey.length) return false
  // Rules call this for every pair of terms, and most pairs name different things: without the
  // same last character, only a record of the referenced quantity can support it.
  const sameLast = introducedKey.charCodeAt(introducedKey.length - 1) === referencedKey.charCodeAt(referencedKey.length - 1)
  if (language === 'zh') return sameLast && introducedKey.endsWith(referencedKey)
  if (sameLast) {
    if (introducedKey.endsWith(referencedKey)) return introducedKey.charCodeAt(introducedKey.length - referencedKey.length - 1) === SPACE
    const head = referencedKey.lastIndexOf(' ')
    if (head > 0 && sameEnding(introducedKey, referencedKey, head) && withoutAdjectives(introducedKey.split(' '), referencedKey.split(' '))) return true
  }
  return introducedKey.charCodeAt(referencedKey.length) === SPACE && introducedKey.startsWith(referencedKey)
    && RECORDS.has(introducedKey.slice(introducedKey.lastIndexOf(' ') + 1))
}

const SPACE = 32

// A symbol written after a Chinese name: "风偏角θ", "电阻R1", "角度α'".
const CHINESE_SYMBOL = /(?<=[\u3400-\u9fff])[A-Za-z\u0391-\u03a9\u03b1-\u03c9][A-Za-z0-9\u0391-\u03a9\u03b1-\u03c9'′_]{0,7}$/

function endsWithSymbol(key: string): boolean {
  const last = key.charCodeAt(key.length - 1)
  return last < 0x3400 && CHINESE_SYMBOL.test(key)
}

/** A Chinese key without the symbol written after its name: "风偏角θ" → "风偏角"; the key itself when it has none. */
export function withoutChineseSymbol(key: string): string {
  return endsWithSymbol(key) ? key.replace(CHINESE_SYMBOL, '') : key
}

/**
 * A Chinese name with a symbol after it introduces the name ("所述风偏角" after "测得的风偏角θ"), and
 * a reference may add the symbol to a name introduced without it ("所述风偏角θ" after "风偏角"); a
 * symbol that tells two things apart still does ("所述电阻R2" is not "电阻R1").
 */
function supportsWithSymbol(introducedKey: string, referencedKey: string): boolean {
  const introduced = introducedKey.replace(CHINESE_SYMBOL, '')
  const referenced = referencedKey.replace(CHINESE_SYMBOL, '')
  if (introduced !== introducedKey && referenced !== referencedKey) {
    return introducedKey.slice(introduced.length) === referencedKey.slice(referenced.length) && supports(introduced, referenced, 'zh')
  }
  return referenced !== '' && supports(introduced, referenced, 'zh')
}

/** Whether `introduced` ends with `referenced` from `from` on (its last word, with the space before it), without cutting it out. */
function sameEnding(introduced: string, referenced: string, from: number): boolean {
  const offset = introduced.length - referenced.length
  if (offset + from < 0) return false
  for (let index = referenced.length - 1; index >= from; index--) {
    if (introduced.charCodeAt(offset + index) !== referenced.charCodeAt(index)) return false
  }
  return true
}

// Heads that name a record of a quantity: a "basis weight cross-direction profile" is a profile
// of the web's basis weight, so "the basis weight" has its basis there.
const RECORDS = new Set(['profile', 'value', 'signal', 'level', 'datum', 'measurement', 'distribution', 'curve', 'rate', 'course', 'reading'])

// The referenced words in order within the introduced ones, with the same head, every word left out an adjective.
function withoutAdjectives(introduced: readonly string[], referenced: readonly string[]): boolean {
  if (referenced.length >= introduced.length || introduced[introduced.length - 1] !== referenced[referenced.length - 1]) return false
  let next = 0
  for (const word of introduced) {
    if (next < referenced.length && word === referenced[next]) next++
    else if (!isOnlyAdjective(word)) return false
  }
  return next === referenced.length
}
