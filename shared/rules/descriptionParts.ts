import type { Jurisdiction } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { DESCRIPTION_OUTLINE, descriptionHeading, type DescriptionPart, type OutlinePart } from './descriptionOutline'
import { partFinding } from './finding'
import type { ClaimRule, Finding, LocalizedText, Severity } from './types'

/** A line of the description that heads one of its parts. */
interface PartHeading {
  part: DescriptionPart
  /** The heading as written, trimmed. */
  written: string
  start: number
  end: number
  /** Whether any text stands between this heading and the next. */
  hasText: boolean
}

interface ReadDescription {
  headings: PartHeading[]
  /** Whether the text outside the headings speaks of figures (图1, 附图, FIG. 1): the application has drawings. */
  refersToFigures: boolean
  /** The first line with text, trimmed: where a description without headings is flagged. */
  firstLine: { start: number; end: number }
}

const FIGURE_REFERENCE = /图\s*[0-9０-９]|附图|\bFIG(?:URE)?S?\.?\s*[0-9]|\bdrawings?\b/i

function readDescription(text: string): ReadDescription {
  const headings: PartHeading[] = []
  let refersToFigures = false
  let firstLine: ReadDescription['firstLine'] | null = null
  let offset = 0
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    const start = offset + line.indexOf(trimmed)
    if (trimmed) firstLine ??= { start, end: start + trimmed.length }
    const heading = trimmed ? descriptionHeading(trimmed) : null
    if (heading) {
      headings.push({ part: heading.part, written: trimmed, start, end: start + trimmed.length, hasText: false })
    } else if (trimmed) {
      const current = headings.at(-1)
      if (current) current.hasText = true
      refersToFigures ||= FIGURE_REFERENCE.test(trimmed)
    }
    offset += line.length + 1
  }
  return { headings, refersToFigures, firstLine: firstLine ?? { start: 0, end: 0 } }
}

// The checker runs on every change of the claims, while the description mostly stays as it was.
let lastRead: { text: string; read: ReadDescription } | null = null

function readOnce(text: string): ReadDescription {
  if (lastRead?.text !== text) lastRead = { text, read: readDescription(text) }
  return lastRead.read
}

/** CNIPA asks for the parts and their headings; the USPTO and the EPO recommend them. */
const SEVERITY: Record<Jurisdiction, Severity> = { CN: 'warning', US: 'info', EP: 'info' }

const quoted = (heading: string): LocalizedText => ({ 'zh-CN': `“${heading}”`, en: `"${heading}"` })

/**
 * A description has the parts its office asks for, each under its heading and with text, in the
 * office's order: CN 技术领域, 背景技术, 发明内容, 附图说明 (when there are drawings) and 具体实施方式;
 * US background, summary, drawings and detailed description; EP the same with the technical
 * field. A part is recognised by its heading on a line of its own.
 */
export const descriptionParts: ClaimRule = {
  id: 'description.parts',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'warning',
  reads: 'description',
  source: {
    CN: '专利法实施细则第20条 / Implementing Rules Art. 20',
    US: '37 CFR 1.77(b), (c)',
    EP: 'EPC Rule 42(1)',
  },
  title: {
    'zh-CN': '说明书各部分齐全有序',
    en: 'Description parts present and in order',
  },
  advice: {
    'zh-CN': '按主管局要求的顺序写出说明书的各个部分，并在每一部分前写明标题。',
    en: 'Write each part of the description the office asks for, in its order, each under its heading.',
  },
  check(claimSet: ClaimSet): Finding[] {
    if (claimSet.descriptionText === null) return []
    const outline = DESCRIPTION_OUTLINE[claimSet.jurisdiction]
    const severity = SEVERITY[claimSet.jurisdiction]
    const { headings, refersToFigures, firstLine } = readOnce(claimSet.descriptionText)
    // One heading can be flagged as out of place, as empty, and as where a missing part belongs.
    const finding = (variant: string, at: { start: number; end: number }, message: LocalizedText, advice?: LocalizedText) =>
      partFinding(descriptionParts, 'description', at, message, { severity, variant, ...(advice && { advice }) })
    const expected = outline.map((entry) => entry.heading)

    if (headings.length === 0) {
      return [finding('no-headings', firstLine, {
        'zh-CN': `说明书没有各部分的标题（${expected.join('、')}）`,
        en: `The description has no part headings (${expected.join(', ')})`,
      })]
    }

    const findings: Finding[] = []
    const rank = (part: DescriptionPart) => outline.findIndex((entry) => entry.part === part)
    const present = new Set(headings.map((heading) => heading.part))
    // The most headings that stand in the office's order; each other one is what is out of place.
    const ordered = longestInOrder(headings.filter((heading) => rank(heading.part) >= 0), (heading) => rank(heading.part))
    const inOrder = new Set(ordered)
    const outOfPlace = (heading: PartHeading, name: LocalizedText): LocalizedText => {
      if (ordered.some((other) => other.part === heading.part)) {
        return { 'zh-CN': `${name['zh-CN']}出现了不止一次`, en: `${name.en} appears more than once` }
      }
      const after = ordered.filter((other) => rank(other.part) < rank(heading.part)).at(-1)
      const before = ordered.find((other) => rank(other.part) > rank(heading.part))
      const a = after && quoted(after.written)
      const b = before && quoted(before.written)
      if (a && b) return { 'zh-CN': `${name['zh-CN']}应在${a['zh-CN']}和${b['zh-CN']}之间`, en: `${name.en} should come between ${a.en} and ${b.en}` }
      if (a) return { 'zh-CN': `${name['zh-CN']}应在${a['zh-CN']}之后`, en: `${name.en} should come after ${a.en}` }
      return { 'zh-CN': `${name['zh-CN']}应在${b!['zh-CN']}之前`, en: `${name.en} should come before ${b!.en}` }
    }
    outline.forEach((entry: OutlinePart, index) => {
      if (present.has(entry.part) || entry.optional || (entry.withDrawings && !refersToFigures)) return
      const next = ordered.find((heading) => rank(heading.part) > index)
      const at = next ?? ordered.at(-1) ?? headings.at(-1)!
      const name = quoted(entry.heading)
      findings.push(finding(`missing:${entry.part}`, at, {
        'zh-CN': `缺少${name['zh-CN']}部分`,
        en: `No ${name.en} part`,
      }, next
        ? {
            'zh-CN': `在${quoted(next.written)['zh-CN']}之前加上标题${name['zh-CN']}，并写出这一部分。`,
            en: `Add the heading ${name.en} and its part before ${quoted(next.written).en}.`,
          }
        : {
            'zh-CN': `在说明书末尾加上标题${name['zh-CN']}，并写出这一部分。`,
            en: `Add the heading ${name.en} and its part at the end of the description.`,
          }))
    })

    for (const heading of headings) {
      const name = quoted(heading.written)
      if (rank(heading.part) >= 0 && !inOrder.has(heading)) findings.push(finding('out-of-place', heading, outOfPlace(heading, name)))
      if (heading.hasText) continue
      const noDrawings = heading.part === 'drawings' && !refersToFigures
      findings.push(finding('empty', heading, {
        'zh-CN': `${name['zh-CN']}部分没有内容`,
        en: `The ${name.en} part is empty`,
      }, noDrawings
        ? {
            'zh-CN': '写出每幅附图的说明；申请没有附图时，删去这一标题。',
            en: 'Describe each figure; if the application has no drawings, delete this heading.',
          }
        : {
            'zh-CN': `在${name['zh-CN']}之下写出这一部分。`,
            en: `Write this part under ${name.en}.`,
          }))
    }
    return findings
  },
}

/** The longest run of items, in their order, whose keys strictly increase (the last such when several tie). */
function longestInOrder<T>(items: readonly T[], key: (item: T) => number): T[] {
  const length = items.map(() => 1)
  const previous = items.map(() => -1)
  items.forEach((item, i) => {
    for (let j = 0; j < i; j++) {
      if (key(items[j]!) < key(item) && length[j]! + 1 >= length[i]!) {
        length[i] = length[j]! + 1
        previous[i] = j
      }
    }
  })
  let at = length.lastIndexOf(Math.max(0, ...length))
  const run: T[] = []
  for (; at >= 0; at = previous[at]!) run.unshift(items[at]!)
  return run
}
