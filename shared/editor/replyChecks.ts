import { checkAddedMatter } from '../amendment/addedMatter'
import { usListingNumbers } from '../amendment/amendmentMarkup'
import { detectClaimLanguage } from '../claims/claimLanguage'
import { findClaimReferences } from '../claims/claimReferences'
import { isCancellation } from '../claims/claimStatus'
import type { Jurisdiction } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'
import type { LocatedFinding } from './analyzePatentDocument'
import type { ClaimBaseline } from './claimBaseline'
import { compareClaims, type ClaimComparison } from './compareClaims'
import { objectedClaimNumbers, objectionGround, type GroundConcerns } from './objectionGrounds'
import type { EditorClaim, EditorClaimList, PatentDocumentContent } from './readPatentDocument'

/** DOMAIN.md rule 15: a reply answers every ground raised. */
export const GROUND_UNANSWERED = 'reply.ground-unanswered'

/** An objection's "claims concerned" must name claims: the CN check of amendments reads them. */
export const CLAIMS_UNREADABLE = 'reply.objection-claims-unreadable'

/** A cited document the objections can name needs a publication number or at least a title. */
export const CITED_DOCUMENT_EMPTY = 'reply.cited-document-empty'

/** What an objection that names no claims is about, by its ground (objectionGrounds.ts); null where claims should be named. */
const PART_NAMES: Record<GroundConcerns, LocalizedText | null> = {
  claims: null,
  description: { 'zh-CN': '说明书', en: 'the description' },
  drawings: { 'zh-CN': '附图', en: 'the drawings' },
  abstract: { 'zh-CN': '摘要', en: 'the abstract' },
  application: { 'zh-CN': '申请文件', en: 'the application' },
}

/** "All claims" in either language names every claim, without numbers. */
const ALL_CLAIMS = /全部|所有|\ball\b/i

/** DOMAIN.md rule 15; Implementing Rules Art. 57(3), Guidelines II-8 5.2.1.3: a CN reply amends only what the office action objected to. */
export const AMENDMENT_NOT_OBJECTED = 'cn.reply-amendment-not-objected'

/** 37 CFR 1.126: a US reply's claims keep the numbers they were examined under. */
export const US_CLAIM_RENUMBERED = 'us.reply-claim-renumbered'

/**
 * Checks an office-action reply as it is written: an objection without an argument is
 * unanswered; for CNIPA, an amended claim the office action did not object to, or a new claim,
 * is outside what a reply may amend; for every office, what an amendment adds must be in the
 * claims and description as they stood (added matter). Amendments are found against the claims
 * the reply started from (the amended claim list's baseline), matched by claim id, so
 * renumbering is no amendment; deleting a claim is always allowed.
 */
export function checkReply(content: PatentDocumentContent, jurisdiction: Jurisdiction): LocatedFinding[] {
  const findings: LocatedFinding[] = emptyCitedDocuments(content)
  content.objections.forEach((objection, index) => {
    const number = index + 1
    // A finding on the objection itself: placed at it, named by its number.
    const atObjection = (finding: Pick<LocatedFinding, 'rule' | 'severity' | 'message' | 'advice'>): LocatedFinding => ({
      ...finding,
      part: 'objections',
      field: String(number),
      claim: null,
      start: 0,
      end: 0,
      from: objection.pos + 1,
      to: objection.pos + 1,
    })
    const named = objection.claims.trim()
    if (named !== '' && objectedClaimNumbers(named).length === 0 && !ALL_CLAIMS.test(named)) {
      findings.push(
        atObjection({
          rule: CLAIMS_UNREADABLE,
          severity: 'warning',
          message: {
            'zh-CN': `第${number}条审查意见的“涉及权利要求”没有写明权利要求编号：“${named}”`,
            en: `Objection ${number} names no claim numbers under “claims concerned”: “${named}”`,
          },
          advice: {
            'zh-CN': '写明所涉及的权利要求编号，如“1-3, 5”；涉及全部权利要求时写“全部”。',
            en: 'Write the claims concerned as numbers and ranges, such as “1-3, 5”, or “all”.',
          },
        }),
      )
    }
    if (objection.argument.trim() !== '') return
    // Every ground counts, listed or written out ("other"); one about a part that has no claims is named by that part.
    const ground = objection.ground.trim() || '—'
    const part = named === '' ? PART_NAMES[objectionGround(jurisdiction, ground)?.concerns ?? 'claims'] : null
    findings.push(
      atObjection({
        rule: GROUND_UNANSWERED,
        severity: 'error',
        message: {
          'zh-CN': `第${number}条审查意见（${ground}，${(part ?? claimsConcerned(named))['zh-CN']}）尚未答复`,
          en: `Objection ${number} (${ground}, ${(part ?? claimsConcerned(named)).en}) is not answered`,
        },
        advice: {
          'zh-CN': '在该审查意见下写明意见陈述：修改了什么，以及为何克服了该缺陷。',
          en: 'Write the argument under the objection: what was amended, and why the objection no longer applies.',
        },
      }),
    )
  })
  if (jurisdiction === 'CN') findings.push(...amendmentsNotObjected(content))
  const list = content.claimLists[0]
  // Compared on every keystroke, and only where a check reads the comparison: once for both.
  if (!list?.baseline || (jurisdiction !== 'US' && list.baseline.description === undefined)) return findings
  const amended = { list, baseline: list.baseline, comparisons: compareClaims(list.baseline.claims, list.claims) }
  if (jurisdiction === 'US') findings.push(...usNumbersNotKept(amended))
  findings.push(...addedMatter(amended, jurisdiction))
  return findings
}

/**
 * The claims an objection concerns as a reader writes them, whatever the form typed: "claim 11",
 * "claims 4 to 10", "claims 1 to 3 and 6", "all claims"; "权利要求11", "权利要求4-10", "权利要求1-3、6",
 * "全部权利要求". Words that name no claim are quoted as written.
 */
function claimsConcerned(named: string): LocalizedText {
  if (named === '') return { 'zh-CN': '权利要求—', en: 'claims —' }
  const numbers = objectedClaimNumbers(named)
  if (numbers.length === 0) {
    return ALL_CLAIMS.test(named) ? { 'zh-CN': '全部权利要求', en: 'all claims' } : { 'zh-CN': `权利要求“${named}”`, en: `claims “${named}”` }
  }
  const runs: [number, number][] = []
  for (const n of numbers) {
    const last = runs[runs.length - 1]
    if (last !== undefined && n === last[1] + 1) last[1] = n
    else runs.push([n, n])
  }
  // As CNIPA writes them, any run is a range ("权利要求1-2、5"); in English three or more ("claims 1 and 2", "claims 4 to 10").
  const zh = runs.map(([first, last]) => first === last ? `${first}` : `${first}-${last}`).join('、')
  const words = runs.flatMap(([first, last]) => last - first >= 2 ? [`${first} to ${last}`] : first === last ? [`${first}`] : [`${first}`, `${last}`])
  const en = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`
  return { 'zh-CN': `权利要求${zh}`, en: `claim${numbers.length > 1 ? 's' : ''} ${en}` }
}

/** A reply's amended claims, the baseline they started from, and the two compared. */
interface AmendedClaims {
  list: EditorClaimList
  baseline: ClaimBaseline
  comparisons: ClaimComparison[]
}

/**
 * The added-matter check on the amended claims, against the baseline's claims and description.
 * A baseline kept without its description (replies started before it was) is not checked here:
 * every feature taken from the description would be flagged.
 */
function addedMatter({ list, baseline, comparisons }: AmendedClaims, jurisdiction: Jurisdiction): LocatedFinding[] {
  const { claims, description } = baseline
  if (description === undefined) return []
  const original = { claims: claims.map((claim) => claim.text), description }
  const findings = checkAddedMatter({ before: claims, after: list.claims, original }, jurisdiction, comparisons)
  return findings.map(({ hint: _hint, ...finding }) => {
    const claim = list.claims[finding.claim! - 1]!
    return { ...finding, from: claim.pos + 1 + finding.start, to: claim.pos + 1 + finding.end }
  })
}

/**
 * Whether a claim's text is its original text but for references that follow the renumbering:
 * after claim 2 is cancelled, "根据权利要求1或2所述" becoming "根据权利要求1所述" and "1-4" becoming
 * "1-3" are consequences of the cancellation, not amendments of their own. Every claim a
 * reference names now must be one the original named, as renumbered; a reference to a claim the
 * original did not depend on is a new dependency, an amendment.
 */
function sameButRenumbered(original: { number: number; text: string }, claim: { number: number; text: string }, numberNow: Map<number, number | undefined>): boolean {
  if (original.text === claim.text) return true
  const language = detectClaimLanguage(claim.text)
  const referencesBefore = findClaimReferences(original.text, 0, original.number, language)
  const referencesNow = findClaimReferences(claim.text, 0, claim.number, language)
  if (withoutReferences(original.text, referencesBefore) !== withoutReferences(claim.text, referencesNow)) return false
  const allowed = new Set(referencesBefore.flatMap((reference) => reference.numbers.map((n) => numberNow.get(n))))
  return referencesNow.every((reference) => reference.numbers.every((n) => allowed.has(n)))
}

/** The text with each claim reference replaced by one mark, so that texts differing only there compare equal. */
function withoutReferences(text: string, references: ReturnType<typeof findClaimReferences>): string {
  let rest = ''
  let at = 0
  for (const { range } of references) {
    rest += text.slice(at, range.start) + '\u0000'
    at = range.end
  }
  return rest + text.slice(at)
}

/** Cited documents added and left without a number or a title: "D3" then names nothing. */
function emptyCitedDocuments(content: PatentDocumentContent): LocatedFinding[] {
  return (content.officeAction?.citedDocuments ?? []).flatMap((cited, index): LocatedFinding[] => {
    if (cited.number.trim() !== '' || cited.title.trim() !== '') return []
    const label = `D${index + 1}`
    return [
      {
        rule: CITED_DOCUMENT_EMPTY,
        severity: 'warning',
        message: { 'zh-CN': `对比文件${label}既没有公开号也没有名称`, en: `Cited document ${label} has neither a number nor a title` },
        advice: {
          'zh-CN': '填写公开号（如CN112233445A）和名称，或删除这份对比文件。',
          en: 'Give its publication number (such as CN112233445A) and its title, or remove it.',
        },
        part: 'citedDocuments',
        field: String(index + 1),
        claim: null,
        start: 0,
        end: 0,
        from: cited.pos + 1,
        to: cited.pos + 1,
      },
    ]
  })
}

function amendmentsNotObjected(content: PatentDocumentContent): LocatedFinding[] {
  const list = content.claimLists[0]
  if (!list?.baseline) return []
  const objected = new Set(content.objections.flatMap((o) => objectedClaimNumbers(o.claims)))
  const before = new Map(list.baseline.claims.map((claim, index) => [claim.id, { number: index + 1, text: claim.text }]))
  // Each original claim's number now, by id: deleted claims have none.
  const numberNow = new Map(list.baseline.claims.map((claim, index) => [index + 1, list.claims.find((c) => c.id === claim.id)?.number]))
  const findings: LocatedFinding[] = []
  for (const claim of list.claims) {
    const original = claim.id ? before.get(claim.id) : undefined
    if (original && (objected.has(original.number) || sameButRenumbered(original, claim, numberNow))) continue
    if (claim.text.trim() === '' || isCancellation(claim.text)) continue
    const message = original
      ? {
          'zh-CN': `修改了原权利要求${original.number}，但审查意见未涉及该权利要求`,
          en: `Original claim ${original.number} is amended although the office action raised no objection to it`,
        }
      : { 'zh-CN': '新增了权利要求，答复审查意见时通常不允许', en: 'A new claim is added, which a reply to a CNIPA office action usually may not do' }
    findings.push(
      onWholeClaim(AMENDMENT_NOT_OBJECTED, claim, message, {
        'zh-CN': '答复时只针对通知书指出的缺陷进行修改（实施细则第57条第3款）；删除权利要求总是允许的。',
        en: 'Amend only what the office action objected to (CN Implementing Rules Art. 57(3)); cancelling a claim is always allowed.',
      }),
    )
  }
  return findings
}

/**
 * A US claim listing numbers every claim as it was examined, cancelled ones included, and new
 * claims after the highest number (37 CFR 1.126); the editor numbers claims by their place. The
 * two agree while the examined claims keep their order, cancelled ones stay in place as
 * "(Canceled)" and new claims come last. Where they do not (a claim deleted or moved, a new one
 * put before an examined one), claims the editor and the checker number one way are filed under
 * another: one finding, on the first such claim, says so and how many more there are.
 */
function usNumbersNotKept({ list, baseline, comparisons }: AmendedClaims): LocatedFinding[] {
  const listing = usListingNumbers(comparisons, baseline.claims.length)
  const moved = list.claims.filter((claim) => listing.get(claim.number) !== claim.number)
  const first = moved[0]
  if (!first) return []
  const filedAs = listing.get(first.number)!
  const others = moved.length - 1
  const message = {
    'zh-CN': `美国权利要求清单中本项权利要求的编号为${filedAs}${others > 0 ? `；另有${others}项权利要求在清单中的编号也与此处不同` : ''}`,
    en: `The US claim listing numbers this claim ${filedAs}${others > 0 ? `; ${others} more claim${others > 1 ? 's are' : ' is'} numbered differently there too` : ''}`,
  }
  return [
    onWholeClaim(US_CLAIM_RENUMBERED, first, message, {
      'zh-CN': '美国的权利要求在审查中保持原编号（37 CFR 1.126）：原有权利要求保持原来的顺序；删除权利要求时把其内容改为“(Canceled)”，而不是删掉整项；新增的权利要求放在最后。',
      en: 'US claims keep their numbers throughout prosecution (37 CFR 1.126): keep the examined claims in their order, cancel a claim by replacing its text with “(Canceled)” instead of deleting it, and add new claims after the last one.',
    }),
  ]
}

/** A warning on a whole claim of the amended claims, underlining all of it. */
function onWholeClaim(rule: string, claim: EditorClaim, message: LocalizedText, advice: LocalizedText): LocatedFinding {
  const length = claim.text.length
  return { rule, severity: 'warning', part: 'claims', claim: claim.number, start: 0, end: length, from: claim.pos + 1, to: claim.pos + 1 + length, message, advice }
}
