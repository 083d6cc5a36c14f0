import {
  afterClause as AFTER_CLAUSE,
  afterModifier as AFTER_MODIFIER,
  chineseNameEnd as NAME_END,
  chineseTermEnd as TERM_END,
  isChineseVerb as IS_VERB,
  isOrdinalOnly as IS_ORDINAL_ONLY,
  isPredicateVerb as IS_PREDICATE_VERB,
  isValuePrefixOnly as IS_VALUE_PREFIX_ONLY,
  valuePrefixEnd as VALUE_PREFIX_END,
  opensNamingVerb as OPENS_NAMING_VERB,
  passiveAgentEnd as PASSIVE_AGENT_END,
  namingVerbStartsName as NAMING_VERB_STARTS_NAME,
  endsWithActorHead as ENDS_WITH_ACTOR_HEAD,
  referringWordLength as REFERRING_WORD_LENGTH,
} from './chineseWords'
import { CHINESE_TWO_PART_MARKER } from './claimParts'
import type { TermIndex } from './TermIndex'
import type { ClaimReference, TermMention, TextRange } from './types'

// Read once: a test runner or tsx reaches an imported binding through a getter on every use, and
// these run at every quantifier, list item and back-reference.
const afterClause = AFTER_CLAUSE
const afterModifier = AFTER_MODIFIER
const chineseNameEnd = NAME_END
const chineseTermEnd = TERM_END
const isChineseVerb = IS_VERB
const isOrdinalOnly = IS_ORDINAL_ONLY
const isPredicateVerb = IS_PREDICATE_VERB
const isValuePrefixOnly = IS_VALUE_PREFIX_ONLY
const valuePrefixEnd = VALUE_PREFIX_END
const opensNamingVerb = OPENS_NAMING_VERB
const passiveAgentEnd = PASSIVE_AGENT_END
const namingVerbStartsName = NAMING_VERB_STARTS_NAME
const endsWithActorHead = ENDS_WITH_ACTOR_HEAD
const referringWordLength = REFERRING_WORD_LENGTH

// Patterns are read from a position (sticky, or global from lastIndex): no text is cut out to test them.
const QUANTIFIER = /(?:至少|至多)?(?:(?:[一二两三四五六七八九十几多每各]+|\d+)(?:个|对|组|根|片|条|块|只|套|层|段|台|枚|颗|把|支|种)|若干个?)/y
const QUANTIFIED =
  /(?:至少|至多)?(?:[一二两三四五六七八九十几多每各]+|\d+)(?:个|对|组|根|片|条|块|只|套|层|段|台|枚|颗|把|支|种)|若干个?|一/g
// A bare "一" counts only after a verb of fitting ("安装一测控单元", "设有一凹槽"), not in "一端", "一体".
const BARE_ONE_AFTER = codes('装接置设括含有')
const NOT_AFTER_BARE_ONE = codes('端侧体起面致定次般一半些直样种个对组根片块套条只')
// Words that open a list of the features a thing has: "包括A、B和C", "固定连接有液压伸缩杆（5）".
const LIST_OPENER =
  /(?:包括有|包括|包含|含有|具有|设置有|开设有|设有|开有|安装有|连接有|固定有|填充有|布置有|形成有|装有|配置有|附有|带有|选自)[：:]?\s*/g
// A list runs to its punctuation however long its items are: each item is read and checked on its own.
const LIST_END = new RegExp(`[，,。；;：:\n]|${CHINESE_TWO_PART_MARKER}`, 'g')
const ITEM_SEPARATOR = /、|以及|或者|和|及|与|或/g
const LEADING_VERB = /包括|包含|具有|含有/y
// "还包括：S6，对所述点云…", "所述S2包括：S31，将…": a label that opens a list and is followed by the
// step's own punctuation labels the step that follows, and names no feature.
const STEP_LABEL = /\s*S\d{1,3}(?=[，,、：:\s])/y
// Items that open with a preposition, a reference or a bound are not names: "如SEQ ID NO:27所示的…",
// "具有至少70％、至少80％…的序列同一性".
const NOT_A_NAME = /所述|上述|该|如|以|对|将|在|由|为|按|至少|至多/y
const AFTER_REFERENCE = /\s*(?:中)?(?:所述|限定|记载)?的?\s*(?:一种|一个)?/y
const MAX_QUANTIFIER_LENGTH = 8
const OF = '的'.charCodeAt(0)
const PLACE_ENDS = codes('处上下内外中侧旁')
// Attributes a thing has without a claim giving them: its mass, content, size, temperature.
const INHERENT_ATTRIBUTES = `质量 重量 用量 含量 浓度 体积 长度 宽度 高度 厚度 直径 半径 面积 温度 压力 转速 数量 粒径`.split(' ')
const SHOULD = '应'.charCodeAt(0)
const WHICH = '所'.charCodeAt(0)

function codes(chars: string): Set<number> {
  return new Set(Array.from({ length: chars.length }, (_, index) => chars.charCodeAt(index)))
}

/** The length of the match of a sticky `pattern` at `index` that ends by `limit`; 0 if none. */
function lengthAt(pattern: RegExp, text: string, index: number, limit = text.length): number {
  pattern.lastIndex = index
  return pattern.test(text) && pattern.lastIndex <= limit ? pattern.lastIndex - index : 0
}

/**
 * The term that "所述"/"该" refers back to, at `start`: the longest term the claim set introduces
 * that is written there, since a back-reference repeats its antecedent ("所述处理单元计算…" refers
 * to 处理单元); else the characters up to the next boundary.
 */
function referencedTermAt(
  text: string, start: number, context: ReferenceContext, afterPreposition: boolean, afterAgentMarker: boolean,
): TextRange | null {
  const { known, attributes } = context
  let position = start
  if (text.charCodeAt(position) === OF) position++
  position += lengthAt(QUANTIFIER, text, position, position + MAX_QUANTIFIER_LENGTH)
  position = afterModifier(text, position)
  if (position < 0) return null
  const longestKnown = known.longestAt(text, position)
  if (longestKnown !== undefined) return { start: position, end: position + longestKnown.length }
  // "由所述光伏组件充电": the agent of a passive verb ends before the verb.
  const termEnd = afterAgentMarker ? passiveAgentEnd(text, position, chineseTermEnd(text, position)) : chineseTermEnd(text, position)
  const end = endBeforeAttribute(text, position,
    endOfValueName(text, position, endBeforeVerb(text, position, termEnd, context, afterPreposition), context), context)
  // "所述振动位移计算桥梁" after "所述测点的振动位移": the attribute, then what is done with it; but
  // "所述振动位移计算模块" names a thing that acts.
  const attribute = attributes.longestAt(text, position)
  if (attribute !== undefined && end > position + attribute.length && opensNamingVerb(text, position + attribute.length) &&
    !endsWithActorHead(text, position, end)) {
    return { start: position, end: position + attribute.length }
  }
  if (end <= position) return null
  if (text.charCodeAt(end) !== OF) return { start: position, end }
  // "所述桥梁底面测点处的角反射器": 所述 points at a place, and the thing there is named anew, not referred back to.
  if (end - position >= 2 && PLACE_ENDS.has(text.charCodeAt(end - 1))) return null
  // "该生成的第二模板": an unknown word before 的 that leads to a known term, or a verb alone, is a modifier.
  const head = known.longestAt(text, end + 1)
  if (head !== undefined) return { start: end + 1, end: end + 1 + head.length }
  const headEnd = isChineseVerb(text, position, end) ? chineseTermEnd(text, end + 1) : -1
  return headEnd > end + 1 ? { start: end + 1, end: headEnd } : { start: position, end }
}

/**
 * Where a reference read up to `end` ends before a naming verb that the reading ran on past
 * ("所述结果确定区域" after "得到结果"), leaving alone a verb that starts a name ("处理结果",
 * "计算模块"): at the verb, when the words before it are written elsewhere in the set and the whole
 * reading is not; else, right after a preposition ("根据所述分割结果确定目标区域"), whose object is
 * followed by what is done with it, at the last such verb. Otherwise `end`.
 */
function endBeforeVerb(text: string, position: number, end: number, context: ReferenceContext, afterPreposition: boolean): number {
  let verb = -1
  for (let index = end - 2; index >= position + 2 && verb < 0; index--) if (opensNamingVerb(text, index)) verb = index
  if (verb < 0 || context.writtenElsewhere(text.slice(position, end))) return end
  let fallback = end
  for (let index = verb; index >= position + 2; index--) {
    // "所述预设间隔为": a value prefix alone ("预设") names nothing the verb could follow.
    if (!opensNamingVerb(text, index) || namingVerbStartsName(text, index) || isValuePrefixOnly(text, position, index)) continue
    if (context.writtenElsewhere(text.slice(position, index))) return index
    if (fallback === end) fallback = index
  }
  return afterPreposition ? fallback : end
}

/**
 * Where a reference to a value ("所述预设时长结束后", "所述预设时长重置") ends that the reading ran on
 * past, into what happens to the value, through words no list holds: at the longest part written
 * elsewhere in the set ("预设时长"), when the whole is not and at least two characters are left
 * ("所述预设温度值" after "预设温度" still names a value of its own). Otherwise `end`.
 */
function endOfValueName(text: string, position: number, end: number, context: ReferenceContext): number {
  const prefixEnd = valuePrefixEnd(text, position)
  if (prefixEnd < 0 || end - prefixEnd < 3 || context.writtenElsewhere(text.slice(position, end))) return end
  for (let index = end - 2; index > prefixEnd; index--) if (context.writtenElsewhere(text.slice(position, index))) return index
  return end
}

/**
 * Where a reference read up to `end` ends before an attribute every such thing has, written right
 * after it ("所述淀粉质量的1%" is the mass of 淀粉, "所述聚乳酸含量"): before the attribute, when the
 * words before it are written elsewhere in the set and the whole reading is not. Otherwise `end`.
 */
function endBeforeAttribute(text: string, position: number, end: number, context: ReferenceContext): number {
  for (const attribute of INHERENT_ATTRIBUTES) {
    const at = end - attribute.length
    if (at < position + 2 || !text.startsWith(attribute, at)) continue
    return !context.writtenElsewhere(text.slice(position, end)) && context.writtenElsewhere(text.slice(position, at)) ? at : end
  }
  return end
}

/**
 * The attributes `mentions` name: "所述测点的振动位移" and "测点的振动位移" name 振动位移, a thing of
 * 测点, which later text may refer back to ("所述振动位移计算桥梁的挠度"). Whether it found any.
 */
export function chineseAttributes(text: string, mentions: readonly TermMention[], into: TermIndex): boolean {
  let found = false
  for (const { range } of mentions) {
    if (text.charCodeAt(range.end) !== OF) continue
    const start = range.end + 1
    if (referringWordLength(text, start) > 0) continue
    const end = chineseTermEnd(text, start)
    if (end - start < 2 || isOrdinalOnly(text, start, end)) continue
    into.add(text.slice(start, end))
    found = true
  }
  return found
}

/**
 * Text that names a thing of another claim, not a term of this one: the reference itself and
 * the term right after it ("权利要求1-8中任一项所述的电接触端子").
 */
export function chineseReferenceNamedRanges(text: string, references: readonly ClaimReference[]): TextRange[] {
  return references.map((reference) => {
    const start = reference.range.end + lengthAt(AFTER_REFERENCE, text, reference.range.end, reference.range.end + 12)
    const termStart = afterModifier(text, start)
    const end = chineseTermEnd(text, termStart < 0 ? start : termStart)
    return { start: reference.range.start, end: Math.max(start, end) }
  })
}

/** What reading the back-references of a claim set draws on besides a claim's own words. */
export class ReferenceContext {
  private readonly written = new Map<string, boolean>()

  /**
   * `known`: the terms the set introduces explicitly; `setText`: the set's Chinese claims, to tell
   * a name written elsewhere from words read on past it; `attributes`: the terms the set names as a
   * thing's ("所述测点的振动位移"), filled after a first reading, which end a reference only where a
   * verb follows them.
   */
  constructor(
    readonly known: TermIndex,
    private readonly setText: string,
    readonly attributes: TermIndex,
  ) {}

  /** Whether `term` is written at least twice in the set: where it is read, and somewhere else. */
  writtenElsewhere(term: string): boolean {
    let twice = this.written.get(term)
    if (twice === undefined) {
      const first = this.setText.indexOf(term)
      twice = first >= 0 && this.setText.indexOf(term, first + 1) >= 0
      this.written.set(term, twice)
    }
    return twice
  }
}

// Words after which 所述X is the object of a preposition, followed by what is done with it.
const PREPOSITIONS = ['根据', '基于', '响应于', '依据', '依照', '按照', '利用', '通过', '使用', '采用', '借助', '结合', '针对']

// Words after which 所述X is the agent of a passive verb: "由所述电机驱动", "被所述弹簧复位" (and "经由所述管道输送").
const AGENT_MARKERS = codes('由被')

/** Terms "所述X"/"上述X"/"该X" refers back to, outside `occupied`. */
export function findChineseReferencedTerms(
  text: string,
  from: number,
  context: ReferenceContext,
  occupied: Uint8Array,
): TermMention[] {
  const mentions: TermMention[] = []
  for (let index = from; index < text.length; index++) {
    const length = referringWordLength(text, index)
    if (length === 0) continue
    const at = index
    index += length - 1
    // "应该" is a modal verb, not a reference.
    if (occupied[at] || (length === 1 && text.charCodeAt(at - 1) === SHOULD)) continue
    const afterPreposition = PREPOSITIONS.some((word) => text.startsWith(word, at - word.length))
    const afterAgentMarker = AGENT_MARKERS.has(text.charCodeAt(at - 1))
    const range = referencedTermAt(text, at + length, context, afterPreposition, afterAgentMarker)
    // "所述第一、第二连接板": an ordinal alone names its item only with the noun that follows the list.
    if (!range || occupied[range.start] || isOrdinalOnly(text, range.start, range.end)) continue
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
    if (text.charCodeAt(match.index - 1) === WHICH) continue
    const start = match.index + match[0].length
    LIST_END.lastIndex = start
    const end = LIST_END.exec(text)?.index ?? text.length
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
    let start = afterModifier(text, quantifierEnd)
    if (start < 0 || referringWordLength(text, start) > 0) continue
    let end = chineseTermEnd(text, start)
    // "两个连接所述底座的支撑杆", "2个左右对称设置的夹紧机构": the quantifier counts the head the clause describes.
    const headStart = end > start && describesHead(text, start, end) ? afterClause(text, end) : -1
    if (headStart > 0) {
      start = headStart
      end = chineseTermEnd(text, start)
    }
    if (end > start) ranges.push({ start, end })
  }
  return withoutOverlaps(ranges)
    .filter((range) => !occupied[range.start] && !isOrdinalOnly(text, range.start, range.end))
    .map((range) => ({ term: text.slice(range.start, range.end), kind: 'introduced', range }))
}

/**
 * Whether the words read from `start` to `end` after a quantifier open a clause before 的 rather
 * than name a thing: a verb alone ("连接所述底座的"), or words that a verb right before 的 ends
 * ("左右对称设置的"). "两个电机的输出轴" names the motors.
 */
function describesHead(text: string, start: number, end: number): boolean {
  return isChineseVerb(text, start, end) || (isChineseVerb(text, end, end + 2) && text.charCodeAt(end + 2) === OF)
}

// The subject, a list item and a quantified feature can be one feature read twice ("设有一凹槽"
// gives 一凹槽 and 凹槽): it is introduced once, by its shortest reading, the one without quantifier.
function withoutOverlaps(ranges: TextRange[]): TextRange[] {
  const kept: TextRange[] = []
  for (const range of ranges.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = kept[kept.length - 1]
    if (last === undefined || range.start >= last.end) kept.push(range)
    else if (range.end - range.start < last.end - last.start) kept[kept.length - 1] = range
  }
  return kept
}

// Each item of "A、B和用于…的C" is a term, or its head after the last 的.
function listItems(text: string, start: number, end: number): TextRange[] {
  const items: TextRange[] = []
  let itemStart = start
  const addItem = (itemEnd: number) => {
    // "还包括检测所述工件的位置": a step, not a list of features.
    if (isPredicateVerb(text, firstNonBlank(text, itemStart, itemEnd))) return
    if (itemStart === start && lengthAt(STEP_LABEL, text, itemStart, itemEnd) === itemEnd - itemStart) return
    const of = text.lastIndexOf('的', itemEnd - 1)
    const item = cleanItem(text, of >= itemStart ? of + 1 : itemStart, itemEnd)
    if (item) items.push(item)
  }
  ITEM_SEPARATOR.lastIndex = start
  for (let separator = ITEM_SEPARATOR.exec(text); separator && separator.index < end; separator = ITEM_SEPARATOR.exec(text)) {
    addItem(separator.index)
    itemStart = separator.index + separator[0].length
  }
  addItem(end)
  return items
}

// A list item is a term when nothing but a quantifier, a reference sign or blanks surrounds it.
function cleanItem(text: string, start: number, end: number): TextRange | undefined {
  let itemStart = start
  while (itemStart < end && isBlank(text.charCodeAt(itemStart))) itemStart++
  itemStart += lengthAt(LEADING_VERB, text, itemStart, end)
  itemStart += lengthAt(QUANTIFIER, text, itemStart, end)
  if (lengthAt(NOT_A_NAME, text, itemStart) > 0) return undefined
  const itemEnd = chineseNameEnd(text, itemStart, end)
  if (itemEnd <= itemStart || itemEnd - itemStart > 16) return undefined
  return chineseTermEnd(text, itemStart) >= itemEnd ? { start: itemStart, end: itemEnd } : undefined
}

function firstNonBlank(text: string, start: number, end: number): number {
  let index = start
  while (index < end && isBlank(text.charCodeAt(index))) index++
  return index
}

function isBlank(code: number): boolean {
  return code <= 32 || code === 0x3000 || code === 0xa0
}

/**
 * Introductions without a marker ("所述存储器保持第一模板…该第一模板"): the first bare occurrence of
 * each term of `vocabulary` outside `occupied`.
 */
export function findChineseBareIntroductions(
  text: string,
  from: number,
  vocabulary: TermIndex,
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
