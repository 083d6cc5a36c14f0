import type { Jurisdiction } from '../../shared/claims/types'
import type { OfficeActionType } from '../../shared/domain/replyDeadline'
import type { CitedDocumentContent, ObjectionContent } from '../../shared/editor/documentBuilders'

/** What an office action's text says that a reply records as data: its kind and date, the documents cited, the objections. */
export interface OfficeActionFacts {
  actionType: OfficeActionType
  /** ISO date, or '' when the text names none. */
  issueDate: string
  cited: CitedDocumentContent[]
  objections: ObjectionContent[]
}

const ACTION_TYPES: [RegExp, OfficeActionType][] = [
  [/non-?final/i, 'first'],
  [/第一次审查意见通知书|first (?:office action|communication)/i, 'first'],
  [/第[二三四五六七八九十0-9N]+次审查意见通知书|subsequent/i, 'subsequent'],
  [/驳回决定|final rejection|final office action|summons to (?:attend )?oral proceedings|口头审理传唤/i, 'final'],
]

const DATE_LABEL = /(?:发文日期?|发文日|issue date|date mailed|mail(?:ing)? date|notification date|date of dispatch|dispatch date)\s*[:：]?\s*/i

/** The date after a label, as an ISO date: 2026年3月5日, 2026-03-05, 2026.03.05, 03/05/2026 (US), 05.03.2026 (EP). */
function labelledDate(text: string, jurisdiction: Jurisdiction): string {
  const label = DATE_LABEL.exec(text)
  if (!label) return ''
  const rest = text.slice(label.index + label[0].length, label.index + label[0].length + 30)
  const iso = (y: string, m: string, d: string) => {
    const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
    return Number.isNaN(Date.parse(date)) ? '' : date
  }
  const yearFirst = /^(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})/.exec(rest)
  if (yearFirst) return iso(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!)
  const yearLast = /^(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(rest)
  if (!yearLast) return ''
  // The USPTO writes month/day/year, the EPO day.month.year.
  return jurisdiction === 'US' ? iso(yearLast[3]!, yearLast[1]!, yearLast[2]!) : iso(yearLast[3]!, yearLast[2]!, yearLast[1]!)
}

const PUBLICATION = /\b(?:CN|US|EP|WO|JP|KR|DE|GB|FR|TW)\s?\d[\d\s/.,]{3,}\d\s?(?:[A-Z]\d?)?(?![A-Za-z0-9])/
// "D1：…", "D1 (…)", "对比文件1（…）".
const CITED_LINE = /(?:^|[\s（(])(?:D|对比文件)\s?(\d{1,2})\s*[:：（(，,]?\s*/g
const PASSAGES = /[（(](?:相关段落|relevant passages)[:：]\s*(.*?)[）)]\s*$/i

function citedDocuments(lines: readonly string[]): CitedDocumentContent[] {
  const byNumber = new Map<number, CitedDocumentContent>()
  for (const line of lines) {
    for (const match of line.matchAll(CITED_LINE)) {
      const n = Number(match[1])
      const after = line.slice(match.index + match[0].length)
      const number = PUBLICATION.exec(after)
      // A D-number counts where it is introduced with its publication number, not where it is argued about.
      if (!number || number.index > 3 || byNumber.has(n)) continue
      let rest = after.slice(number.index + number[0].length)
      const passages = PASSAGES.exec(rest)
      if (passages) rest = rest.slice(0, passages.index)
      const title = rest.replace(/^[\s）),，、:：]+/, '').replace(/[\s。；;,，）)]+$/, '').slice(0, 300)
      byNumber.set(n, { number: number[0].replace(/\s+/g, ' ').trim(), title, passages: passages?.[1]?.trim() ?? '' })
    }
  }
  return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([, cited]) => cited)
}

/** The provision each office cites for each ground, as objectionGrounds.ts codes them. */
const GROUND_PATTERNS: Record<Jurisdiction, [RegExp, string][]> = {
  CN: [
    [/第\s*22\s*条第\s*2\s*款|不具备新颖性/, 'A22.2'],
    [/第\s*22\s*条第\s*3\s*款|不具备创造性/, 'A22.3'],
    [/第\s*26\s*条第\s*4\s*款/, 'A26.4'],
    [/第\s*26\s*条第\s*3\s*款/, 'A26.3'],
    [/第\s*33\s*条/, 'A33'],
  ],
  US: [
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*102/i, '35 USC 102'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*103/i, '35 USC 103'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*112\s*(?:\(b\)|,?\s*second paragraph)/i, '35 USC 112(b)'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*112\s*(?:\(a\)|,?\s*first paragraph)/i, '35 USC 112(a)'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*132\s*\(a\)|new matter/i, '35 USC 132(a)'],
  ],
  EP: [
    [/Art(?:icle|\.)?\s*54\b/i, 'Art 54 EPC'],
    [/Art(?:icle|\.)?\s*56\b/i, 'Art 56 EPC'],
    [/Art(?:icle|\.)?\s*84\b/i, 'Art 84 EPC'],
    [/Art(?:icle|\.)?\s*83\b/i, 'Art 83 EPC'],
    [/Art(?:icle|\.)?\s*123\s*\(2\)/i, 'Art 123(2) EPC'],
  ],
}

const CLAIMS_NAMED = /(?:权利要求|claims?\s+)((?:\d+(?:\s*(?:-|–|—|~|～|至|到|to|、|，|,|和|及|或|and|or)\s*)?)+)/i

/**
 * The objections an office action raises, one per ground and set of claims, read sentence by
 * sentence: a sentence that cites a provision ("不具备专利法第22条第3款规定的创造性", "rejected
 * under 35 U.S.C. 103", "Art 56 EPC") and names claims is an objection to those claims, over
 * the documents D1…Dn its paragraph names. The arguments are left for the agent to write.
 */
function objections(lines: readonly string[], jurisdiction: Jurisdiction): ObjectionContent[] {
  const found = new Map<string, ObjectionContent>()
  const chinese = jurisdiction === 'CN'
  for (const line of lines) {
    const cited = [...new Set([...line.matchAll(/\bD\s?(\d{1,2})\b|对比文件\s?(\d{1,2})/g)].map((m) => `D${m[1] ?? m[2]}`))]
    // A full stop ends an English sentence only before a capital: "35 U.S.C. 103" is one sentence.
    for (const sentence of line.split(/[。；;]|\.\s+(?=[A-Z])/)) {
      const claims = CLAIMS_NAMED.exec(sentence)?.[1]?.replace(/[\s、，,和及或andor]+$/i, '').trim()
      if (!claims) continue
      for (const [pattern, ground] of GROUND_PATTERNS[jurisdiction]) {
        if (!pattern.test(sentence) || found.has(`${ground} ${claims}`)) continue
        found.set(`${ground} ${claims}`, { claims, ground, cited: cited.join(chinese ? '、' : ', '), argument: [] })
      }
    }
  }
  return [...found.values()]
}

/** Reads an office action's text for what a reply records of it. */
export function officeActionFacts(lines: readonly string[], jurisdiction: Jurisdiction): OfficeActionFacts {
  const text = lines.join('\n')
  return {
    actionType: ACTION_TYPES.find(([pattern]) => pattern.test(text))?.[1] ?? 'first',
    issueDate: labelledDate(text, jurisdiction),
    cited: citedDocuments(lines),
    objections: objections(lines, jurisdiction),
  }
}
