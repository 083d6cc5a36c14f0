import type { Jurisdiction } from '../../shared/claims/types'
import type { OfficeActionType } from '../../shared/domain/replyDeadline'
import type { CitedDocumentContent, ObjectionContent } from '../../shared/editor/documentBuilders'
import { objectionGround } from '../../shared/editor/objectionGrounds'

/** What an office action's text says that a reply records as data: its kind and date, the documents cited, the objections. */
export interface OfficeActionFacts {
  actionType: OfficeActionType
  /** Which office action of the application it is (第二次审查意见通知书: 2), or null when the text does not say. */
  round: number | null
  /** ISO date, or '' when the text names none. */
  issueDate: string
  cited: CitedDocumentContent[]
  objections: ObjectionContent[]
}

/** A name an action goes by, and what it says of the action: its type, its round where it has one. */
interface ActionName {
  pattern: RegExp
  type: (match: RegExpExecArray) => OfficeActionType | null
  round: (match: RegExpExecArray) => number | null
  headingOnly?: boolean
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth']

const ACTION_NAMES: ActionName[] = [
  {
    // 第二次审查意见通知书: a later action by its round.
    pattern: /第\s*([0-9一二两三四五六七八九十]+)\s*次审查意见通知书/g,
    type: (m) => (chineseNumber(m[1]!) === 1 ? 'first' : 'subsequent'),
    round: (m) => chineseNumber(m[1]!),
  },
  // Named in the body only as what may follow ("将作出驳回决定"): a title only as a heading.
  { pattern: /驳回决定|口头审理传唤/g, type: () => 'final', round: () => null, headingOnly: true },
  { pattern: /\bnon-?\s?final\b/gi, type: () => 'first', round: () => null },
  // "Final Rejection", "THIS ACTION IS MADE FINAL" — not the "final" of "Non-Final".
  { pattern: /(?<!non-?\s?)\bfinal (?:rejection|office action)\b|\bthis action is (?:made )?final\b/gi, type: () => 'final', round: () => null },
  { pattern: /summons to (?:attend )?oral proceedings/gi, type: () => 'final', round: () => null },
  {
    pattern: /\b(first|second|third|fourth|fifth|sixth)\s+(?:office action|communication)/gi,
    type: (m) => (m[1]!.toLowerCase() === 'first' ? 'first' : 'subsequent'),
    round: (m) => ORDINALS.indexOf(m[1]!.toLowerCase()) + 1,
  },
  { pattern: /\bsubsequent\b/gi, type: () => 'subsequent', round: () => null },
]

/**
 * Words before an action's name that make it a reference to another action, not the action's
 * own title: "针对第一次审查意见通知书", "继续引用第一次审查意见通知书中的对比文件", "in reply to the
 * Non-Final Office Action mailed …", "the first communication".
 */
const REFERENCE_BEFORE = /(?:作出|发出|针对|对于|对|引用|答复|回复|根据|按照|依据|参照|参见|在|于|就|继续|见|如|和|与|及|经|该|前次|上次|the|a|an|previous|prior|earlier|preceding|last|to|in|since|after|of|from)\s*$/i
const REFERENCE_AFTER = /^\s*(?:中|所|的|指出|提出|引用|mailed|dated|of\b|issued)/i
/** Both choices of the USPTO's summary form on one line, neither ticked where the paste lost the boxes. */
const FORM_CHOICES = /this action is final[\s\S]*this action is non-?\s?final|this action is non-?\s?final[\s\S]*this action is final/i
/** A heading line: the action's name opens it, or it is short and no sentence. */
const HEADING_CHARACTERS = 40

interface ActionMention {
  type: OfficeActionType | null
  round: number | null
  heading: boolean
  reference: boolean
}

/** Each mention of an action's name, in the order of the text. */
function actionMentions(lines: readonly string[]): ActionMention[] {
  const mentions: (ActionMention & { line: number; index: number })[] = []
  lines.forEach((line, lineIndex) => {
    for (const name of ACTION_NAMES) {
      for (const match of line.matchAll(name.pattern)) {
        const before = line.slice(Math.max(0, match.index - 12), match.index)
        const after = line.slice(match.index + match[0].length, match.index + match[0].length + 12)
        const heading = /^[\s☐□☒☑■]*$/.test(line.slice(0, match.index)) || (line.trim().length <= HEADING_CHARACTERS && !/[，。；,;]/.test(line))
        // The USPTO's summary form offers "2a)☐ This action is FINAL. 2b)☒ This action is non-final.": the box ticked, if the paste kept it.
        const unticked = /[☐□]\s*(?:this action is\s*)?$/i.test(before) || (FORM_CHOICES.test(line) && !/[☒☑■✔✓]/.test(line))
        mentions.push({
          line: lineIndex,
          index: match.index,
          type: name.type(match as RegExpExecArray),
          round: name.round(match as RegExpExecArray),
          heading,
          reference: REFERENCE_BEFORE.test(before) || REFERENCE_AFTER.test(after) || (name.headingOnly === true && !heading) || unticked,
        })
      }
    }
  })
  return mentions.sort((a, b) => a.line - b.line || a.index - b.index)
}

/**
 * The action's type and round from its own title: the first heading line that names an action,
 * else the first mention of one that is not a reference to another action ("针对第一次审查意见通知书",
 * "the Non-Final Office Action mailed …"). A CNIPA action that names only earlier actions is a later one.
 */
function actionKind(lines: readonly string[], jurisdiction: Jurisdiction): { actionType: OfficeActionType; round: number | null } {
  const mentions = actionMentions(lines)
  const own = mentions.filter((m) => !m.reference)
  const title = own.find((m) => m.heading) ?? own[0]
  if (title) {
    const round = title.round ?? own.find((m) => m.round !== null && m.type === title.type)?.round ?? null
    return { actionType: title.type ?? (round !== null && round > 1 ? 'subsequent' : 'first'), round }
  }
  const earlier = mentions.some((m) => m.round !== null)
  return { actionType: jurisdiction === 'CN' && earlier ? 'subsequent' : 'first', round: null }
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** A number written in Arabic or Chinese numerals up to 99 (二, 十, 十一, 二十三); null otherwise. */
export function chineseNumber(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written)
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(written)
  if (!match || written === '') return null
  const [, tens, ten, units] = match
  if (!ten) return tens && !units ? CHINESE_DIGITS[tens]! : null
  return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (units ? CHINESE_DIGITS[units]! : 0)
}

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

// Not into a date that follows a number without its kind code: "CN112345678 2021年03月02日".
const PUBLICATION = /\b(?:CN|US|EP|WO|JP|KR|DE|GB|FR|TW)\s?\d[\d\s/.,]{3,}\d\s?(?:[A-Z]\d?)?(?![A-Za-z0-9年]|[-./]\d)/
// "D1：…", "D1 (…)", "对比文件1（…）", "。对比文件1（…）公开了…".
const CITED_LINE = /(?:^|[\s（(。，,；;：:、])(?:D|对比文件)\s?(\d{1,2})\s*[:：（(，,]?\s*/g
const PASSAGES = /[（(](?:相关段落|relevant passages)[:：]\s*(.*?)[）)]\s*$/i

const DATE = String.raw`\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?`
/** A date in a citation, labelled or not ("公开日2022年11月08日", "（公开日：2022.11.08）"): the document model has no place for it, and it is no part of the title. */
const CITED_DATE = new RegExp(
  String.raw`[（(]?\s*(?:公开日期?|公告日期?|授权公告日|申请日|优先权日|publication date|published(?: on)?|date of publication)?\s*(?:为|是)?\s*[:：]?\s*${DATE}\s*[）)]?`,
  'gi',
)
/** The header of the table CNIPA lists its cited documents in: "编号 文件号或名称 公开日期（或抵触申请的申请日）". */
const CITED_TABLE_HEADER = /文件号或名称|编号\s+.*公开日/
/** A row of that table, its columns separated by spaces or tabs: "1 CN112345678A 2021年03月02日"; several on a line where a PDF ran them together. */
const CITED_ROW = new RegExp(String.raw`(?:^|\s)(\d{1,2})\s+(${PUBLICATION.source})([^\d]*?)(?:\s*${DATE})?(?=\s+\d{1,2}\s+|\s*$)`, 'g')
/** A row naming a document without a publication number (a book, an article): "3 《光伏组件清洁技术》，电力出版社 2020年05月01日". */
const CITED_ROW_TEXT = new RegExp(String.raw`^\s*(\d{1,2})\s+(\S.*?)\s+${DATE}\s*$`)

/** A date written out in English, as the EPO's citations give it: "15 March 2019", "7 May 2015". */
const ENGLISH_DATE = /\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/g

/**
 * The applicant an EPO citation names in capitals after the number, with its country:
 * "EP 1 234 567 A1 (SHIMANO INC [JP]) 15 March 2019" — the name the reply lists it under.
 */
const CITED_APPLICANT = /^\s*[（(]\s*([A-Z0-9][A-Z0-9 .,&'’/-]*?[A-Z0-9.])\s*(?:\[[A-Z]{2}\]\s*)*[)）]/

/** A cited document's title as written after its number: its date, separators and closing punctuation taken off. */
function citedTitle(written: string): string {
  return written
    .replace(CITED_DATE, '')
    .replace(ENGLISH_DATE, '')
    .replace(/([，,、；;])\s*[，,、；;]+/g, '$1')
    .replace(/^[\s）),，、:：]+/, '')
    .replace(/[\s。；;,，、:：）)]+$/, '')
    .slice(0, 300)
}

/** The rows of CNIPA's table of cited documents, under its header (or, without one, a row with its date), by their numbers. */
function tableRows(lines: readonly string[], byNumber: Map<number, CitedDocumentContent>): void {
  let inTable = false
  for (const line of lines) {
    if (CITED_TABLE_HEADER.test(line)) {
      inTable = true
      continue
    }
    if (!line.trim()) continue
    const rows = [...line.matchAll(CITED_ROW)]
    const dated = new RegExp(`^\\s*\\d{1,2}\\s+${PUBLICATION.source}.*?${DATE}`).test(line)
    if (rows.length > 0 && (inTable || dated)) {
      for (const row of rows) {
        const n = Number(row[1])
        if (!byNumber.has(n)) byNumber.set(n, { number: row[2]!.replace(/\s+/g, ' ').trim(), title: citedTitle(row[3] ?? ''), passages: '' })
      }
      continue
    }
    const text = inTable ? CITED_ROW_TEXT.exec(line) : null
    if (text) {
      const n = Number(text[1])
      if (!byNumber.has(n)) byNumber.set(n, { number: '', title: citedTitle(text[2]!), passages: '' })
      continue
    }
    inTable = false
  }
}

/** The cited documents a D-number or 对比文件N introduces with its publication number, or a row of the table of cited documents, by that number. */
function numberedDocuments(lines: readonly string[]): Map<number, CitedDocumentContent> {
  const byNumber = new Map<number, CitedDocumentContent>()
  tableRows(lines, byNumber)
  for (const line of lines) {
    for (const match of line.matchAll(CITED_LINE)) {
      const n = Number(match[1])
      const after = line.slice(match.index + match[0].length)
      const number = PUBLICATION.exec(after)
      // A D-number counts where it is introduced with its publication number, not where it is argued about.
      if (!number || number.index > 3 || byNumber.has(n)) continue
      let rest = after.slice(number.index + number[0].length)
      // "对比文件1（CN112345678A）公开了…": what is in the parentheses, not what the sentence goes on to say.
      if (/[（(]$/.test(match[0])) rest = rest.slice(0, Math.max(0, rest.search(/[）)]/)))
      const passages = PASSAGES.exec(rest)
      if (passages) rest = rest.slice(0, passages.index)
      const applicant = CITED_APPLICANT.exec(rest)
      if (applicant) rest = rest.slice(applicant[0].length)
      byNumber.set(n, {
        ...(applicant && { name: applicant[1]!.trim() }),
        number: number[0].replace(/\s+/g, ' ').trim(),
        title: citedTitle(rest),
        passages: passages?.[1]?.trim() ?? '',
      })
    }
  }
  return byNumber
}

/**
 * Where an objection points into a cited document, in parentheses after its D-number: "D1 (see
 * paragraphs [0012]-[0020]; figures 1-3)", "D1, which discloses (see [0012]; figure 1)",
 * "D2 ([0034], figure 4)". Only parentheses that name a place (a paragraph, figure, column, page,
 * line or claim) count, and no other D-number may stand between.
 */
const CITED_PASSAGE = /\bD(\d{1,2})\b(?:(?!\bD\d)[^()（）]){0,40}?[（(]\s*(?:see\s+(?:in particular\s+|e\.g\.\s+)?)?([^()（）]*?(?:\[\d{3,4}\]|paragraphs?|fig(?:ure)?s?\.?|columns?|col\.|pages?|lines?|claims?\s+\d)[^()（）]*?)\s*[)）]/gi

/** The places each cited document is pointed at in the action, by D-number, in the order given. */
function citedPassages(lines: readonly string[]): Map<number, string[]> {
  const byNumber = new Map<number, string[]>()
  for (const line of lines) {
    for (const match of line.matchAll(CITED_PASSAGE)) {
      const n = Number(match[1])
      const passage = match[2]!.trim()
      const listed = byNumber.get(n) ?? []
      if (!listed.includes(passage)) byNumber.set(n, [...listed, passage])
    }
  }
  return byNumber
}

/**
 * A reference as the USPTO names it: its first inventor (or assignee), then its number in
 * parentheses — "Smith (US 9,876,543 B2)", "Lee et al. (U.S. Patent No. 10,222,333)",
 * "Jones (US 2018/0234567 A1)".
 */
const NAMED_REFERENCE =
  /\b([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)(?:\s+et\s+al\.?)?,?\s*[（(]\s*((?:U\.\s?S\.|US|EP|WO|JP|CN|DE|GB|KR|FR)\s*(?:(?:Pat(?:ent)?|Pub(?:lication)?|Appl?(?:ication)?|Pre-?Grant)\.?\s*)*(?:No\.?\s*)?\d[\d,/\s]*\d(?:\s?[A-Z]\d?)?)(?![A-Za-z0-9])[^)）]*[)）]/g

/** "US 9,876,543 B2" for "U.S. Patent No. 9,876,543 B2": the office and the number as the office writes them. */
function referenceNumber(written: string): string {
  const office = /^U\.\s?S\./.test(written) ? 'US' : written.slice(0, 2)
  const number = /\d[\d,/\s]*\d(?:\s?[A-Z]\d?)?$/.exec(written)![0]
  return `${office} ${number.replace(/\s+/g, ' ')}`
}

/** The digits of a publication number, to tell one document cited twice in two spellings. */
const numberKey = (number: string): string => number.replace(/\s?[A-Z]\d?$/, '').replace(/[^0-9]/g, '')

/** Names that start a sentence or a rejection, not references. */
const NOT_NAMES = /^(?:Claims?|Applicant|Examiner|See|The|In|Note|Figs?|Paragraph|Column|Col|Page|Art|Article|Rule)$/

interface CitedFacts {
  /** By the examiner's D-number. */
  byNumber: Map<number, CitedDocumentContent>
  /** Each named reference's D-number, by the name the action gives it. */
  names: Map<string, number>
}

/** The documents introduced with a D-number, then the references named by inventor, numbered on after them in the order first cited. */
function citedDocuments(lines: readonly string[]): CitedFacts {
  const byNumber = numberedDocuments(lines)
  // A citation gives no places; the objections that cite it point there.
  for (const [n, passages] of citedPassages(lines)) {
    const cited = byNumber.get(n)
    if (cited && !cited.passages) cited.passages = passages.join('; ')
  }
  const names = new Map<string, number>()
  for (const line of lines) {
    for (const match of line.matchAll(NAMED_REFERENCE)) {
      const name = match[1]!
      if (NOT_NAMES.test(name)) continue
      const number = referenceNumber(match[2]!)
      const known = [...byNumber.entries()].find(([, cited]) => numberKey(cited.number) === numberKey(number))
      const label = known?.[0] ?? Math.max(0, ...byNumber.keys()) + 1
      if (!known) byNumber.set(label, { name, number, title: '', passages: '' })
      else if (!known[1].name) known[1].name = name
      if (!names.has(name)) names.set(name, label)
    }
  }
  return { byNumber, names }
}

/**
 * The cited documents as the reply lists them, D1…Dn by the examiner's numbers: a later action
 * introduces only the documents it cites anew (对比文件3) and names the earlier ones by their
 * numbers, so every number up to the highest one introduced or cited by an objection has its
 * place; those the text does not introduce are empty documents to fill in from the earlier
 * action, which the checker points out until they are. (The list labels by position, as the
 * objections' check boxes and the printout do: a gap would renumber the documents after it.)
 */
function examinersNumbering(byNumber: Map<number, CitedDocumentContent>, objections: readonly ObjectionContent[]): CitedDocumentContent[] {
  const named = objections.flatMap((o) => [...o.cited.matchAll(/D(\d+)/g)].map((m) => Number(m[1])))
  const highest = Math.max(0, ...byNumber.keys(), ...named)
  // A stray "D99" is no reason for 99 empty documents.
  const last = Math.min(highest, Math.max(MAX_FILLED, ...byNumber.keys()))
  return Array.from({ length: last }, (_, i) => byNumber.get(i + 1) ?? { number: '', title: '', passages: '' })
}

const MAX_FILLED = 20

/**
 * The provision each office cites for each ground, as objectionGrounds.ts codes them. CNIPA's
 * articles are read by cnProvisions below; these are its words without an article.
 */
const GROUND_PATTERNS: Record<Jurisdiction, [RegExp, string][]> = {
  CN: [
    [/不具备新颖性/, 'A22.2'],
    [/不具备创造性/, 'A22.3'],
    [/不具备实用性/, 'A22.4'],
    [/不具备单一性/, 'A31.1'],
  ],
  US: [
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*101\b/i, '35 USC 101'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*102/i, '35 USC 102'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*103/i, '35 USC 103'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*112\s*(?:\(b\)|,?\s*second paragraph)/i, '35 USC 112(b)'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*112\s*(?:\(a\)|,?\s*first paragraph)/i, '35 USC 112(a)'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*112\s*(?:\(d\)|,?\s*(?:fourth|4th) paragraph)/i, '35 USC 112(d)'],
    [/35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*132\s*\(a\)|new matter/i, '35 USC 132(a)'],
    [/double patenting/i, 'double patenting'],
    [/\bclaims?\s+[\d\s,\-–and]+\s+(?:is|are)\s+objected to\b/i, 'claim objection'],
    [/\b(?:specification|drawings?|abstract|title|disclosure)\b[^.]*?\b(?:is|are)\s+objected to\b/i, 'specification objection'],
    [/restriction (?:to one|is required)|election of species|35\s*U\.?\s*S\.?\s*C\.?\s*§*\s*121\b/i, 'restriction'],
  ],
  EP: [
    [/Art(?:icle|\.)?\s*52\s*\((?:2|3)\)/i, 'Art 52 EPC'],
    [/Art(?:icle|\.)?\s*53\b/i, 'Art 53 EPC'],
    [/Art(?:icle|\.)?\s*54\b/i, 'Art 54 EPC'],
    [/Art(?:icle|\.)?\s*56\b/i, 'Art 56 EPC'],
    [/Art(?:icle|\.)?\s*57\b/i, 'Art 57 EPC'],
    [/Art(?:icle|\.)?\s*82\b/i, 'Art 82 EPC'],
    [/Art(?:icle|\.)?\s*84\b/i, 'Art 84 EPC'],
    [/Art(?:icle|\.)?\s*83\b/i, 'Art 83 EPC'],
    [/Art(?:icle|\.)?\s*123\s*\(2\)/i, 'Art 123(2) EPC'],
    [/Rule\s*42\b/i, 'Rule 42 EPC'],
    [/Rule\s*43\b/i, 'Rule 43 EPC'],
    [/Rule\s*137\s*\(5\)/i, 'Rule 137(5) EPC'],
  ],
}

/** Patent Law articles (and paragraphs) with a ground of their own; `*` any paragraph. */
const CN_LAW: Record<string, string> = { '2.2': 'A2.2', '2.*': 'A2.2', '5.*': 'A5', '9.*': 'A9', '22.2': 'A22.2', '22.3': 'A22.3', '22.4': 'A22.4', '25.*': 'A25', '26.3': 'A26.3', '26.4': 'A26.4', '31.*': 'A31.1', '33.*': 'A33' }
/** Implementing Rules (2023 numbering, as the checker cites them) with a ground of their own. */
const CN_RULES: Record<string, string> = { '20.*': 'R20', '21.*': 'R21', '22.*': 'R22', '23.*': 'R23', '24.*': 'R24', '25.*': 'R25', '26.*': 'R26' }
/** The articles an action is issued under, cited in every one: no objection. */
const CN_PROCEDURE = new Set(['law 37', 'law 38', 'law 41'])

/** Articles whose paragraphs are grounds of their own: without a paragraph they say too little. */
const CN_BY_PARAGRAPH = new Set([22, 26])

const CN_PROVISION = /(专利法实施细则|实施细则|细则|专利法)?\s*第\s*([0-9一二两三四五六七八九十]+)\s*条(?:\s*第\s*([0-9一二两三四五六七八九十]+)\s*款)?/g
/** A sentence that finds a defect, where a provision the list does not hold is an objection of its own. */
const CN_DEFECT = /不符合|不具备|不属于|不能|缺少|缺乏|违反|不清楚|得不到|超出|不允许|不满足/

/**
 * The grounds of the provisions a CNIPA sentence cites: "专利法第22条第3款" A22.3, "专利法实施细则
 * 第20条" R20 — an article without a law named belongs to the law named last in the sentence,
 * the Patent Law if none. A provision with no ground of its own is kept as written, in a
 * sentence that finds a defect.
 */
function cnProvisions(sentence: string): string[] {
  const grounds: string[] = []
  let rules = false
  for (const match of sentence.matchAll(CN_PROVISION)) {
    if (match[1]) rules = match[1] !== '专利法'
    const article = chineseNumber(match[2]!)
    const paragraph = match[3] === undefined ? null : chineseNumber(match[3])
    if (article === null || CN_PROCEDURE.has(`${rules ? 'rule' : 'law'} ${article}`)) continue
    const table = rules ? CN_RULES : CN_LAW
    const code = table[`${article}.${paragraph}`] ?? table[`${article}.*`]
    if (code) grounds.push(code)
    else if (CN_DEFECT.test(sentence) && (paragraph !== null || !CN_BY_PARAGRAPH.has(article))) {
      grounds.push(`${rules ? '专利法实施细则' : '专利法'}第${article}条${paragraph === null ? '' : `第${paragraph}款`}`)
    }
  }
  return grounds
}

const CLAIMS_NAMED = /(?:权利要求|claims?\s+)((?:\d+(?:\s*(?:-|–|—|~|～|至|到|to|、|，|,|和|及|或|and|or)\s*)?)+)/i

/** Whether an objection on a ground needs claims named: a description's or an abstract's defect names none. */
function namesClaims(jurisdiction: Jurisdiction, ground: string): boolean {
  const known = objectionGround(jurisdiction, ground)
  return known === null || known.concerns === 'claims'
}

/** "1-3", "2、3", "1和6" as the claims they name. */
function claimNumbers(claims: string): Set<number> {
  const numbers = new Set<number>()
  for (const part of claims.split(/\s*(?:、|，|,|和|及|或|and|or)\s*/i)) {
    const range = /^(\d+)\s*(?:-|–|—|~|～|至|到|to)\s*(\d+)$/i.exec(part.trim())
    if (range) for (let n = Number(range[1]); n <= Math.min(Number(range[2]), Number(range[1]) + 500); n++) numbers.add(n)
    else if (/^\d+$/.test(part.trim())) numbers.add(Number(part.trim()))
  }
  return numbers
}

interface Raised {
  claims: string
  ground: string
}

/** The objections one paragraph raises, sentence by sentence: claims named and a provision cited. */
function raisedIn(line: string, jurisdiction: Jurisdiction): Raised[] {
  const raised: Raised[] = []
  // A full stop ends an English sentence only before a capital: "35 U.S.C. 103" is one sentence.
  for (const sentence of line.split(/[。；;]|\.\s+(?=[A-Z])/)) {
    const claims = CLAIMS_NAMED.exec(sentence)?.[1]?.replace(/[\s、，,和及或andor]+$/i, '').trim() ?? ''
    const grounds = [
      ...(jurisdiction === 'CN' ? cnProvisions(sentence) : []),
      ...GROUND_PATTERNS[jurisdiction].filter(([pattern]) => pattern.test(sentence)).map(([, ground]) => ground),
    ]
    for (const ground of grounds) if (claims || !namesClaims(jurisdiction, ground)) raised.push({ claims, ground })
  }
  return raised
}

/** The D-numbers a paragraph names — "D1", "对比文件1", "对比文件1、2", "对比文件1-3" — and a US reference by its name. */
function citedIn(line: string, names: ReadonlyMap<string, number>): Set<number> {
  const numbers = new Set<number>()
  for (const match of line.matchAll(/\bD\s?(\d{1,2})\b|对比文件\s?(\d{1,2}(?:\s*(?:[、和及与]|-|–|~|～|至)\s*\d{1,2}(?!\d))*)/g)) {
    if (match[1]) numbers.add(Number(match[1]))
    else for (const n of claimNumbers(match[2]!.replace(/与/g, '和'))) numbers.add(n)
  }
  for (const [name, label] of names) if (new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(line)) numbers.add(label)
  return numbers
}

/** How a CNIPA point is numbered — "1." "1、" "(1)" "（1）" "1)" "一、" — or null for a paragraph that is not a numbered point. */
function pointNumbering(line: string): string | null {
  const match = /^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*([.．、)）])(?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．])/.exec(line)
  if (!match) return null
  if (/^\s*[(（]/.test(line)) return '(n)'
  if (match[1]) return `n${match[1].replace('．', '.').replace('）', ')')}`
  return '一、'
}

/**
 * The objections an office action raises, one per ground and set of claims: a sentence that
 * cites a provision ("不具备专利法第22条第3款规定的创造性", "rejected under 35 U.S.C. 103", "Art 56
 * EPC") and names claims is an objection to those claims, over the documents its paragraph names
 * — as D1…Dn, or a US reference by its name ("Smith in view of Jones"). A provision about the
 * description, the drawings or the abstract (实施细则第20条, 第26条) is an objection without claims.
 *
 * A CNIPA action states each objection as a numbered point ("(1) 权利要求1-3不具备…创造性。") and
 * reasons it in the paragraphs that follow, up to the next point: the point is one objection, to
 * the claims of its conclusion, over the documents of all its paragraphs. What the reasoning
 * concludes on the same ground for claims within the point's — "因此权利要求1不具备创造性", a
 * sub-point "（1）权利要求1…" under "1、" — is the point's; another ground, or other claims, is an
 * objection of its own. The arguments are left for the agent to write.
 */
function objections(lines: readonly string[], jurisdiction: Jurisdiction, names: ReadonlyMap<string, number>): ObjectionContent[] {
  const chinese = jurisdiction === 'CN'
  const found = new Map<string, { objection: ObjectionContent; cited: Set<number> }>()
  const key = (r: Raised) => `${r.ground} ${r.claims}`
  const record = (r: Raised, cited: ReadonlySet<number>) => {
    const known = found.get(key(r))
    if (!known) found.set(key(r), { objection: { claims: r.claims, ground: r.ground, cited: '', argument: [] }, cited: new Set(cited) })
    // The same objection stated twice (a summary, then the point): over the documents of both.
    else if (chinese) for (const n of cited) known.cited.add(n)
  }
  let point: { numbering: string; raised: Raised[] } | null = null
  const withinPoint = (r: Raised) =>
    point !== null &&
    point.raised.some((p) => {
      if (p.ground !== r.ground) return false
      const outer = claimNumbers(p.claims)
      return [...claimNumbers(r.claims)].every((n) => outer.has(n))
    })
  for (const line of lines) {
    const raised = raisedIn(line, jurisdiction)
    const cited = citedIn(line, names)
    const numbering = chinese ? pointNumbering(line) : null
    const subPoint = point !== null && numbering !== point.numbering && raised.every(withinPoint)
    if (numbering !== null && raised.length > 0 && !subPoint) {
      point = { numbering, raised }
      for (const r of raised) record(r, cited)
      continue
    }
    if (point) for (const r of point.raised) for (const n of cited) found.get(key(r))!.cited.add(n)
    for (const r of raised) if (!withinPoint(r)) record(r, cited)
  }
  return [...found.values()].map(({ objection, cited }) => ({
    ...objection,
    cited: [...cited]
      .sort((a, b) => a - b)
      .map((n) => `D${n}`)
      .join(chinese ? '、' : ', '),
  }))
}

/** Reads an office action's text for what a reply records of it. */
export function officeActionFacts(lines: readonly string[], jurisdiction: Jurisdiction): OfficeActionFacts {
  const text = lines.join('\n')
  const { byNumber, names } = citedDocuments(lines)
  const raised = objections(lines, jurisdiction, names)
  return {
    ...actionKind(lines, jurisdiction),
    issueDate: labelledDate(text, jurisdiction),
    cited: examinersNumbering(byNumber, raised),
    objections: raised,
  }
}
