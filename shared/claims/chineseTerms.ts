import type { TermTrie } from './TermTrie'
import type { ClaimReference, TermMention, TextRange } from './types'

// Chinese writes no spaces, so a term ends where a particle, conjunction, preposition, a linking
// verb or punctuation begins. Verbs that also form nouns (控制器, 检测装置, 处理器) are not listed:
// cutting "电机控制器" to "电机" would raise a false "no antecedent" alarm.
const BOUNDARY_WORDS = `所述 上述 以及 或者 并且 用于 用以 通过 经过 经由 位于 处于 设置 设有 设于 安装 固定
连接 相连 相接 抵接 包括 包含 含有 具有 进行 远离 靠近 之间 之一 相对 相互 分别 同时 能够 可以 由于 根据
按照 作为 采用 利用 借助 基于 对应 保持 形成 构成 制成 贯穿 穿过 插入 表示 选自 朝向 沿着 一起 一一 两端
两侧 整体 彼此 具体 例如 优选 满足 大于 小于 等于 高于 低于 超过 达到 放入 移除 移动 施加 转动 滑动 得到
获得 导入 整合 编码 垂直 平行 进一步`.split(/\s+/)
const BOUNDARY_CHARS = codes('的和与及或在于由从将被把使为是并且而还也均都至到沿呈以其有可不该')
// Localisers end a term only after two characters: "上端部" is a term, "机壳内壁" is 机壳's wall,
// "所述半导体器件时" is a time.
const LOCALISERS = codes('上下内外中时')
const PUNCTUATION = codes('，,。；;：:、（(）)[]【】"“”\'‘’！!？?《》<>≤≥=+×*/\\|~～—…·\u3000')
// Words that open a modifier before the term it describes ("用于…的电机", "与所述底座连接的夹紧部")
// and never begin a name, unlike 连接 or 固定 ("连接板", "固定环").
const MODIFIER_OPENERS = `用于 用以 通过 经过 经由 位于 处于 远离 靠近 根据 按照 作为 采用 利用 借助 基于 设置在
设置于 设于 安装在 安装于 连接在 连接于 连接到 固定在 固定于 对应于 与 在 由 从 将 被 把 使 沿`.split(/\s+/)
const ORDINAL_ONLY = /^第[一二三四五六七八九十\d]+$/
const MAX_TERM_LENGTH = 24

const BOUNDARY_WORDS_BY_FIRST = byFirstCode(BOUNDARY_WORDS)
const MODIFIER_OPENERS_BY_FIRST = byFirstCode(MODIFIER_OPENERS)

function codes(chars: string): Set<number> {
  return new Set(Array.from({ length: chars.length }, (_, index) => chars.charCodeAt(index)))
}

function byFirstCode(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>()
  for (const word of words) map.set(word.charCodeAt(0), [...(map.get(word.charCodeAt(0)) ?? []), word])
  return map
}

function startsWithOneOf(text: string, index: number, words: ReadonlyMap<number, readonly string[]>): boolean {
  const candidates = words.get(text.charCodeAt(index))
  return candidates !== undefined && candidates.some((word) => text.startsWith(word, index))
}

function isPunctuationOrSpace(code: number): boolean {
  return code <= 32 || PUNCTUATION.has(code)
}

const REFERRING_WORD = /所述|上述|该/g
const QUANTIFIER_PREFIX =
  /^(?:至少|至多)?(?:(?:[一二两三四五六七八九十几多每各]+|\d+)(?:个|对|组|根|片|条|块|只|套|层|段|台|枚|颗|把|支|种)|若干个?)/
const QUANTIFIED =
  /(?:至少|至多)?(?:[一二两三四五六七八九十几多每各]+|\d+)(?:个|对|组|根|片|条|块|只|套|层|段|台|枚|颗|把|支|种)|若干个?|一/g
// A bare "一" counts only after a verb of fitting ("安装一测控单元", "设有一凹槽"), not in "一端", "一体".
const BARE_ONE_AFTER = codes('装接置设括含有')
const NOT_AFTER_BARE_ONE = codes('端侧体起面致定次般一半些直样种个对组根片块套条只')
// Words that open a list of the features a thing has: "包括A、B和C", "固定连接有液压伸缩杆（5）".
const LIST_OPENER =
  /(?:包括有|包括|包含|含有|具有|设置有|开设有|设有|开有|安装有|连接有|固定有|填充有|布置有|形成有|装有|配置有|附有|带有|选自)[：:]?\s*/g
const LIST_END = /[，,。；;：:\n]|其特征在于/
const MAX_LIST_LENGTH = 200
const ITEM_SEPARATOR = /、|以及|或者|和|及|与|或/g
const LEADING_VERB = /^(?:包括|包含|具有|含有)/
// Items that open with a preposition or a reference are not names: "如SEQ ID NO:27所示的…".
const NOT_A_NAME = /^(?:所述|上述|该|如|以|对|将|在|由|为|按)/
const AFTER_REFERENCE = /^\s*(?:中)?(?:所述|限定|记载)?的?\s*(?:一种|一个)?/

/** Where the term starting at `start` ends: at the first boundary, or -1 past `limit`. */
function chineseTermEnd(text: string, start: number, limit = start + MAX_TERM_LENGTH): number {
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isPunctuationOrSpace(code)) return index
    const offset = index - start
    const boundary =
      (offset >= 1 && (BOUNDARY_CHARS.has(code) || startsWithOneOf(text, index, BOUNDARY_WORDS_BY_FIRST))) ||
      (offset >= 2 && LOCALISERS.has(code))
    if (boundary && !ORDINAL_ONLY.test(text.slice(start, index))) return index
    if (index >= limit) return -1
  }
  return text.length
}

/** Where a term written at `start` begins once a modifier "用于…的" or "与…连接的" is passed. */
function afterModifier(text: string, start: number): number {
  if (!startsWithOneOf(text, start, MODIFIER_OPENERS_BY_FIRST)) return start
  const stop = text.slice(start, start + 40).search(/[的，,。；;：:\n]/)
  return stop >= 0 && text[start + stop] === '的' ? start + stop + 1 : -1
}

/**
 * The term that "所述"/"该" refers back to, at `start`: the longest known term written there
 * (terms the claim set introduces), else the characters up to the next boundary.
 */
function referencedTermAt(text: string, start: number, known: TermTrie): TextRange | null {
  let position = start
  if (text[position] === '的') position++
  position += QUANTIFIER_PREFIX.exec(text.slice(position, position + 8))?.[0].length ?? 0
  position = afterModifier(text, position)
  if (position < 0) return null
  const end = chineseTermEnd(text, position)
  const bounded = end > position ? text.slice(position, end) : undefined
  const longestKnown = known.longestAt(text, position)
  if (bounded !== undefined && known.longestAt(bounded, 0) === bounded) return { start: position, end }
  if (longestKnown !== undefined) return { start: position, end: position + longestKnown.length }
  if (bounded === undefined) return null
  // "该生成的第二模板": an unknown word before 的 that leads to a known term is its modifier.
  const head = text[end] === '的' ? known.longestAt(text, end + 1) : undefined
  return head === undefined ? { start: position, end } : { start: end + 1, end: end + 1 + head.length }
}

/**
 * Text that names a thing of another claim, not a term of this one: the reference itself and
 * the term right after it ("权利要求1-8中任一项所述的电接触端子").
 */
export function chineseReferenceNamedRanges(text: string, references: readonly ClaimReference[]): TextRange[] {
  return references.map((reference) => {
    const start = reference.range.end + (AFTER_REFERENCE.exec(text.slice(reference.range.end, reference.range.end + 12))?.[0].length ?? 0)
    const termStart = afterModifier(text, start)
    const end = chineseTermEnd(text, termStart < 0 ? start : termStart)
    return { start: reference.range.start, end: Math.max(start, end) }
  })
}

/** Terms "所述X"/"上述X"/"该X" refers back to, outside `occupied`. */
export function findChineseReferencedTerms(
  text: string,
  from: number,
  known: TermTrie,
  occupied: Uint8Array,
): TermMention[] {
  const mentions: TermMention[] = []
  REFERRING_WORD.lastIndex = from
  for (let match = REFERRING_WORD.exec(text); match; match = REFERRING_WORD.exec(text)) {
    if (occupied[match.index] || (match[0] === '该' && text[match.index - 1] === '应')) continue
    const range = referencedTermAt(text, match.index + match[0].length, known)
    if (!range || occupied[range.start]) continue
    mentions.push({ term: text.slice(range.start, range.end), kind: 'referenced', range })
  }
  return mentions
}

/**
 * Terms a Chinese claim introduces explicitly: its subject after "一种" (`subjectHead`), the items
 * listed after "包括"/"设有"/"连接有", and quantified features ("一对接触引脚", "若干个刮片").
 */
export function findChineseIntroductions(
  text: string,
  from: number,
  subjectHead: TextRange | null,
  occupied: Uint8Array,
): TermMention[] {
  const ranges: TextRange[] = subjectHead ? [subjectHead] : []
  LIST_OPENER.lastIndex = from
  for (let match = LIST_OPENER.exec(text); match; match = LIST_OPENER.exec(text)) {
    // "所包括的参数" is a relative clause, not a list.
    if (text[match.index - 1] === '所') continue
    const start = match.index + match[0].length
    const stop = LIST_END.exec(text.slice(start, start + MAX_LIST_LENGTH))
    const end = start + (stop ? stop.index : Math.min(MAX_LIST_LENGTH, text.length - start))
    ranges.push(...listItems(text, start, end))
    // A verb inside the list ("包括包含A、B") opens no second list.
    LIST_OPENER.lastIndex = Math.max(LIST_OPENER.lastIndex, end)
  }
  QUANTIFIED.lastIndex = from
  for (let match = QUANTIFIED.exec(text); match; match = QUANTIFIED.exec(text)) {
    if (match[0].startsWith('一一')) continue
    const quantifierEnd = match.index + match[0].length
    if (match[0] === '一' && (!BARE_ONE_AFTER.has(text.charCodeAt(match.index - 1)) ||
      NOT_AFTER_BARE_ONE.has(text.charCodeAt(quantifierEnd)))) continue
    const start = afterModifier(text, quantifierEnd)
    if (start < 0 || /^(?:所述|上述|该)/.test(text.slice(start, start + 2))) continue
    const end = chineseTermEnd(text, start)
    if (end > start) ranges.push({ start, end })
  }
  return ranges
    .filter((range) => !occupied[range.start] && !ORDINAL_ONLY.test(text.slice(range.start, range.end)))
    .map((range) => ({ term: text.slice(range.start, range.end), kind: 'introduced', range }))
}

// Each item of "A、B和用于…的C" is a term, or its head after the last 的.
function listItems(text: string, start: number, end: number): TextRange[] {
  const items: TextRange[] = []
  let itemStart = start
  const list = text.slice(start, end)
  const addItem = (itemEnd: number) => {
    const ofIndex = text.slice(itemStart, itemEnd).lastIndexOf('的')
    items.push(...cleanItem(text, ofIndex < 0 ? itemStart : itemStart + ofIndex + 1, itemEnd))
  }
  for (const separator of list.matchAll(ITEM_SEPARATOR)) {
    addItem(start + (separator.index ?? 0))
    itemStart = start + (separator.index ?? 0) + separator[0].length
  }
  addItem(end)
  return items
}

// A list item is a term when nothing but a quantifier, a reference sign or blanks surrounds it.
function cleanItem(text: string, start: number, end: number): TextRange[] {
  let itemStart = start
  while (itemStart < end && /\s/.test(text[itemStart] ?? '')) itemStart++
  itemStart += LEADING_VERB.exec(text.slice(itemStart, end))?.[0].length ?? 0
  itemStart += QUANTIFIER_PREFIX.exec(text.slice(itemStart, end))?.[0].length ?? 0
  if (NOT_A_NAME.test(text.slice(itemStart, itemStart + 2))) return []
  const nameEnd = text.slice(itemStart, end).search(/[\s（(]/)
  const itemEnd = nameEnd < 0 ? end : itemStart + nameEnd
  if (itemEnd <= itemStart || itemEnd - itemStart > 16) return []
  return chineseTermEnd(text, itemStart) >= itemEnd ? [{ start: itemStart, end: itemEnd }] : []
}

/**
 * Introductions without a marker ("所述存储器保持第一模板…该第一模板"): the first bare occurrence of
 * each term of `vocabulary` outside `occupied`.
 */
export function findChineseBareIntroductions(
  text: string,
  from: number,
  vocabulary: TermTrie,
  occupied: Uint8Array,
): TermMention[] {
  const mentions: TermMention[] = []
  const introduced = new Set<string>()
  for (let index = from; index < text.length; index++) {
    if (occupied[index]) continue
    const term = vocabulary.longestAt(text, index)
    if (term === undefined || isOccupied(occupied, index, index + term.length)) continue
    if (!introduced.has(term)) {
      introduced.add(term)
      mentions.push({ term, kind: 'introduced', range: { start: index, end: index + term.length } })
    }
    index += term.length - 1
  }
  return mentions
}

function isOccupied(occupied: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (occupied[index]) return true
  return false
}
