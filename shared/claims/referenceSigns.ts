import type { ClaimLanguage, ReferenceSign, TextRange } from './types'

// "支撑座（1）", "足基座总成 (2)", "(2-1-1-1)", "member (12a)", "(12, 14)".
const BRACKETED_SIGNS = /[（(][ \t]*(\d{1,4}[A-Za-z']?(?:-\d{1,4}[A-Za-z']?)*(?:[ \t]*[,，、][ \t]*\d{1,4}[A-Za-z']?(?:-\d{1,4}[A-Za-z']?)*)*)[ \t]*[)）]/g
const ONE_SIGN = /\d{1,4}[A-Za-z']?(?:-\d{1,4}[A-Za-z']?)*/g
// A sign follows the feature it marks. "two (2) bolts" repeats a number; "claim (1)" and
// "step (2)" are not signs either; "(1)" opening a line or a list item labels a step.
const FEATURE_BEFORE = /[A-Za-z\u3400-\u9fff][ \t]?$/
const NOT_A_FEATURE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|claims?|steps?)[ \t]?$/i

// Unbracketed: "support member 12," in English, "支撑座1的" or "部件2-1、" in Chinese. Measurements
// ("of 50 to 200° C.", "由3个", "2极3槽") are left alone: the word or character before the number
// must be a noun and the one after it must end the feature.
const ENGLISH_BARE_SIGN = /[ \t](\d{1,4}[a-z']?(?:-\d{1,4})*)(?=[,;:)]|[ \t]+(?:and|or|is|are|has|have|which|that|wherein|being|to|of|in|on|with)\b)/g
const WORD_BEFORE = /([A-Za-z][A-Za-z-]{2,})[ \t]*$/
const ENGLISH_NOT_NOUN = new Set([
  'claim', 'claims', 'step', 'steps', 'fig', 'figs', 'figure', 'figures', 'about', 'least', 'most',
  'than', 'approximately', 'number', 'table', 'example', 'equation', 'formula', 'group', 'type',
  'class', 'page', 'line', 'column', 'paragraph', 'section', 'from', 'and', 'or', 'between', 'with',
  'are', 'per', 'each', 'the', 'for', 'over', 'under', 'into', 'below', 'above', 'exceeds',
  'equals', 'within', 'seq', 'times', 'multiple',
])
const CHINESE_BARE_SIGN = /[\u3400-\u9fff](\d{1,4}(?:-\d{1,4})*)(?=[、，,；;。的和与及上内中所]|$)/g
const CHINESE_NOT_NOUN = new Set([...'为于由第约至到和或有是共每成除乘以达及求骤式图页行'])

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
  const signs: ReferenceSign[] = []
  const outside = (start: number, end: number) => !exclude.some((range) => start < range.end && end > range.start)

  BRACKETED_SIGNS.lastIndex = from
  for (let match = BRACKETED_SIGNS.exec(text); match; match = BRACKETED_SIGNS.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    if (!FEATURE_BEFORE.test(before) || NOT_A_FEATURE.test(before)) continue
    const inner = match[1] ?? ''
    const innerStart = match.index + match[0].indexOf(inner)
    for (const sign of inner.matchAll(ONE_SIGN)) {
      const start = innerStart + (sign.index ?? 0)
      if (outside(start, start + sign[0].length)) {
        signs.push({ sign: sign[0], bracketed: true, range: { start, end: start + sign[0].length } })
      }
    }
  }

  const bare = language === 'zh' ? CHINESE_BARE_SIGN : ENGLISH_BARE_SIGN
  const notNoun = language === 'zh' ? CHINESE_NOT_NOUN : ENGLISH_NOT_NOUN
  bare.lastIndex = from
  for (let match = bare.exec(text); match; match = bare.exec(text)) {
    const sign = match[1] ?? ''
    const start = match.index + match[0].length - sign.length
    const before = language === 'zh'
      ? text[match.index] ?? ''
      : WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index + 1))?.[1] ?? ''
    if (before === '' || notNoun.has(before.toLowerCase())) continue
    if (outside(start, start + sign.length)) {
      signs.push({ sign, bracketed: false, range: { start, end: start + sign.length } })
    }
  }
  return signs.sort((a, b) => a.range.start - b.range.start)
}
