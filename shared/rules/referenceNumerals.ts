import type { TextRange } from '../claims/types'

/** One line of a reference-numeral list: "1-支撑座", "2-1 传感部件", "10 housing", "支腿 2". */
export interface NumeralEntry {
  numeral: string
  name: string
  range: TextRange
}

/** A numeral that labels a part in running text: "支撑座1", "支撑座（1）", "housing 10". */
export interface NumeralUse {
  numeral: string
  range: TextRange
}

// A letter after the digits is part of the numeral ("10a") unless a word goes on ("100Hz" is 100 hertz).
const NUMERAL = String.raw`\d+(?:-\d+)*(?:[A-Za-z](?![A-Za-z]))?`
const NUMERAL_FIRST = new RegExp(String.raw`^(${NUMERAL})\s*(?:[-—–:：、.．)）]\s*)?(\S.*)$`)
const NAME_FIRST = new RegExp(String.raw`^(.*?\S)\s*[（(]?(${NUMERAL})[)）]?$`)

/** Reads a reference-numeral list, one entry per line or per "；" / "," separated item. */
export function parseNumeralList(text: string): NumeralEntry[] {
  const entries: NumeralEntry[] = []
  for (const item of text.matchAll(/[^\n；;，,]+/g)) {
    // The list's closing full stop is not part of the last name.
    const trimmed = item[0].trim().replace(/[。．.]+$/, '')
    if (trimmed === '') continue
    const start = item.index + item[0].indexOf(trimmed)
    const range = { start, end: start + trimmed.length }
    const numeralFirst = NUMERAL_FIRST.exec(trimmed)
    const nameFirst = numeralFirst === null ? NAME_FIRST.exec(trimmed) : null
    if (numeralFirst !== null) entries.push({ numeral: numeralFirst[1] ?? '', name: (numeralFirst[2] ?? '').trim(), range })
    else if (nameFirst !== null) entries.push({ numeral: nameFirst[2] ?? '', name: (nameFirst[1] ?? '').trim(), range })
  }
  return entries
}

// Characters and words after which a number is a figure, a step, an ordinal or a quantity.
const CHINESE_STOP_BEFORE = new Set('图第约为是于至到比共前后近达和或与及每需有含各号求例骤式表段项步'.split(''))
// Part names that end in one of those characters: "毫米波雷达1" names a radar, "温度达1" is no part.
const NAMES_ENDING_IN_A_STOP = ['雷达', '马达', '仪表', '电表', '水表']
// Words of one or two letters ("at", "of") are not listed: a part name has at least three.
const ENGLISH_STOP_BEFORE = new Set([
  'fig', 'figs', 'figure', 'figures', 'claim', 'claims', 'step', 'steps', 'embodiment', 'example', 'table',
  'about', 'approximately', 'than', 'from', 'between', 'and', 'are', 'was', 'were', 'equals', 'equal', 'seq',
  'number', 'version', 'type', 'page', 'line', 'column', 'paragraph', 'with', 'for', 'over', 'under', 'least',
  'most', 'only', 'each', 'around', 'within', 'after', 'before', 'until', 'ratio', 'rate', 'angle', 'value',
  'the', 'all', 'first',
])
const ARTICLES = new Set(['the', 'a', 'an', 'said', 'each', 'its', 'their', 'this', 'these', 'that', 'those'])
// Units and Chinese measure words after a number: "5 mm", "3个", "100℃", "10 seconds", "16线激光雷达",
// "4路信号", "8通道", "4核处理器", "32位", "3层": a part is labelled by its numeral, not counted by it, so a
// measure word that also opens a part's name does not count where the name goes on ("线圈", "路径", "位于").
const UNIT_AFTER = /^\s*(?:(?:mm|cm|m|nm|µm|μm|um|km|kg|g|mg|s|ms|min|h|hr|hz|khz|mhz|ghz|v|mv|kv|a|ma|w|kw|k|pa|kpa|mpa|gpa|bar|psi|n|rpm|db|bits?|bytes?|kb|mb|gb|l|ml|mol|ppm|x|times|percent|degrees?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?![A-Za-z])|[°℃%‰]|个|种|次|条|块|片|秒|分钟|小时|天|年|月|日|度|倍|毫米|厘米|米|千克|克|毫升|升|伏|安培|瓦|赫兹|圈|匝|项|号|份|批|幅|株|粒|颗|滴|通道|线(?![圈缆束])|路(?!径)|核(?!心)|位(?![于置移])|层(?!压)|相|轴(?![承套线])|芯(?!片))/i

const isCjk = (char: string) => /[\u4e00-\u9fff]/.test(char)

/** The numerals in a text that label parts, skipping figures, steps, ordinals, decimals and quantities. */
export function numeralsUsed(text: string): NumeralUse[] {
  const uses: NumeralUse[] = []
  for (const match of text.matchAll(new RegExp(NUMERAL, 'g'))) {
    const start = match.index
    const end = start + match[0].length
    const touching = text[start - 1] ?? ''
    if (/[\dA-Za-z.．\-:：]/.test(touching) || /^[.．:：]\d/.test(text.slice(end, end + 2))) continue
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue
    // "4G网络", "3D打印": a number with a capital letter that qualifies the noun after it.
    if (/[A-Z]$/.test(match[0]) && isCjk(text[end] ?? '')) continue
    if (labelsAName(text.slice(Math.max(0, start - 40), start))) uses.push({ numeral: match[0], range: { start, end } })
  }
  return uses
}

/**
 * Whether the text before a number ends with the name of a part: a Chinese noun ("支撑座1"), an
 * English word followed by a bracket ("legs (12)"), or an English noun phrase that an article
 * opens ("the support base 10"); "carries 3 brushes" is a quantity.
 */
function labelsAName(before: string): boolean {
  const trimmed = before.replace(/\s+$/, '')
  const bracketed = /[(（]$/.test(trimmed)
  const name = trimmed.replace(/\s*[(（]$/, '')
  const last = name[name.length - 1] ?? ''
  if (isCjk(last)) return !CHINESE_STOP_BEFORE.has(last) || NAMES_ENDING_IN_A_STOP.some((part) => name.endsWith(part))
  const words = /((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)$/.exec(name)?.[1]?.toLowerCase().split(/\s+/) ?? []
  const noun = words[words.length - 1]
  if (noun === undefined || noun.length < 3 || ENGLISH_STOP_BEFORE.has(noun)) return false
  return bracketed || words.slice(0, -1).some((word) => ARTICLES.has(word))
}
