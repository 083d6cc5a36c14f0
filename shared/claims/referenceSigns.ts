import { canBeNoun } from './englishLexicon'
import type { ClaimLanguage, ReferenceSign, TextRange } from './types'

// "支撑座（1）", "足基座总成 (2)", "(2-1-1-1)", "member (12a)", "(12, 14)".
const BRACKETED_SIGNS = /[（(][ \t]*(\d{1,4}[A-Za-z']?(?:-\d{1,4}[A-Za-z']?)*(?:[ \t]*[,，、][ \t]*\d{1,4}[A-Za-z']?(?:-\d{1,4}[A-Za-z']?)*)*)[ \t]*[)）]/g
const ONE_SIGN = /\d{1,4}[A-Za-z']?(?:-\d{1,4}[A-Za-z']?)*/g
// A sign follows the feature it marks. "two (2) bolts" repeats a number; "claim (1)" and
// "step (2)" are not signs either; "(1)" opening a line or a list item labels a step.
const FEATURE_BEFORE = /[A-Za-z\u3400-\u9fff][ \t]?$/
const NOT_A_FEATURE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|claims?|steps?)[ \t]?$/i

// Unbracketed: "support member 12," in English, "支撑座1的" or "部件2-1、" in Chinese. Measurements
// ("of 50 to 200° C.", "由3个", "2极3槽", "has 4 to 6 ribs") are left alone: the word or character
// before the number must be a noun, the one after it must end the feature, and it opens no range.
const ENGLISH_SIGN = /\d{1,4}[a-z']?(?:-\d{1,4})*(?=[,;:)]|[ \t]+(?:and|or|is|are|has|have|which|that|wherein|being|to|of|in|on|with)\b)/y
const BLANK_DIGIT = /[ \t]\d/g
// "2 to 8 segments", "between 10 and 20 teeth": a number that opens a range is a quantity.
const OPENS_A_RANGE = /^[ \t]+(?:to|and|or)[ \t]+\d/
const WORD_BEFORE = /([A-Za-z][A-Za-z-]{2,})[ \t]*$/
const ENGLISH_NOT_NOUN = new Set([
  'claim', 'claims', 'step', 'steps', 'fig', 'figs', 'figure', 'figures', 'about', 'least', 'most',
  'than', 'approximately', 'number', 'table', 'example', 'equation', 'formula', 'group', 'type',
  'class', 'page', 'line', 'column', 'paragraph', 'section', 'from', 'and', 'or', 'between', 'with',
  'are', 'per', 'each', 'the', 'for', 'over', 'under', 'into', 'below', 'above', 'exceeds',
  'equals', 'within', 'seq', 'times', 'multiple',
])
// After a Chinese sign comes what ends the feature: punctuation, a particle, a localiser, 所述 or
// the verb of the clause ("底座1为钢制", "弹簧2连接").
const CHINESE_SIGN = /\d{1,4}(?:-\d{1,4})*(?=[、，,；;。的和与及上内中所为是连固设安通位]|$)/y
const CHINESE_NOT_NOUN = new Set([...'为于由第约至到和或有是共每成除乘以达及求骤式图页行的'])

/**
 * Reference signs from the drawings in a claim's text from `from` on: bracketed ones after a
 * feature ("支撑座（1）", "member (12)") and unbracketed ones ("member 12", "部件2-1"), which Rule
 * 43(7) EPC and CNIPA practice do not allow. Each sign's range covers the sign itself, not its
 * brackets. Text inside `exclude` (claim references such as "权利要求1-9") is skipped.
 */
export function findReferenceSigns(
  text: string,
  from: number,
  language: ClaimLanguage,
  exclude: readonly TextRange[],
): ReferenceSign[] {
  const outside = (start: number, end: number) => !exclude.some((range) => start < range.end && end > range.start)
  const bracketed: ReferenceSign[] = []
  BRACKETED_SIGNS.lastIndex = from
  for (let match = BRACKETED_SIGNS.exec(text); match; match = BRACKETED_SIGNS.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    if (!FEATURE_BEFORE.test(before) || NOT_A_FEATURE.test(before)) continue
    const inner = match[1] ?? ''
    const innerStart = match.index + match[0].indexOf(inner)
    ONE_SIGN.lastIndex = 0
    for (let sign = ONE_SIGN.exec(inner); sign; sign = ONE_SIGN.exec(inner)) {
      const start = innerStart + sign.index
      if (outside(start, start + sign[0].length)) {
        bracketed.push({ sign: sign[0], bracketed: true, range: { start, end: start + sign[0].length } })
      }
    }
  }

  const bare: ReferenceSign[] = []
  for (const range of language === 'zh' ? chineseBareSigns(text, from) : englishBareSigns(text, from)) {
    if (outside(range.start, range.end)) bare.push({ sign: text.slice(range.start, range.end), bracketed: false, range })
  }
  // Each kind is found in text order; a claim seldom has both.
  if (bare.length === 0) return bracketed
  return bracketed.length === 0 ? bare : [...bracketed, ...bare].sort((a, b) => a.range.start - b.range.start)
}

// A blank and a digit are looked for first: the sign's pattern is tried only where one may start.
function englishBareSigns(text: string, from: number): TextRange[] {
  const ranges: TextRange[] = []
  BLANK_DIGIT.lastIndex = from
  for (let match = BLANK_DIGIT.exec(text); match; match = BLANK_DIGIT.exec(text)) {
    const start = match.index + 1
    ENGLISH_SIGN.lastIndex = start
    if (!ENGLISH_SIGN.test(text)) continue
    const end = ENGLISH_SIGN.lastIndex
    BLANK_DIGIT.lastIndex = end
    const before = (WORD_BEFORE.exec(text.slice(Math.max(0, start - 31), start))?.[1] ?? '').toLowerCase()
    if (before === '' || ENGLISH_NOT_NOUN.has(before) || !canBeNoun(before)) continue
    if (!OPENS_A_RANGE.test(text.slice(end, end + 12))) ranges.push({ start, end })
  }
  return ranges
}

// Chinese text is all letters to a pattern that starts with one: the digits are looked for instead.
function chineseBareSigns(text: string, from: number): TextRange[] {
  const ranges: TextRange[] = []
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) continue
    const end = chineseBareSignEnd(text, index)
    if (end >= 0) {
      ranges.push({ start: index, end })
      index = end - 1
    }
  }
  return ranges
}

/** Where an unbracketed sign of a Chinese claim that starts at `index` ends ("底座1的", "部件2-1、"); -1 if none starts there. */
export function chineseBareSignEnd(text: string, index: number): number {
  const before = text.charCodeAt(index - 1)
  if (before < 0x3400 || before > 0x9fff || CHINESE_NOT_NOUN.has(text.charAt(index - 1))) return -1
  CHINESE_SIGN.lastIndex = index
  return CHINESE_SIGN.test(text) ? CHINESE_SIGN.lastIndex : -1
}
