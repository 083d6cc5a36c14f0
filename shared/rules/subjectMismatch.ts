import type { ParsedClaim, TextRange } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { claimFinding, listNumbers } from './finding'
import { categoryGroup, namesSubjectThroughReference } from './subjectNaming'
import { englishWords, supports } from './termKey'
import type { ClaimRule, Finding } from './types'

/**
 * A dependent claim repeats the subject of the claim it refers to ("根据权利要求1所述的方法"
 * under a method claim). A shortened subject is fine ("方法" under "生物体签名方法", "The DMA"
 * under "A device model agent (DMA)"); another subject or category is not. Claims that claim a
 * new subject incorporating an earlier claim are not dependent in this sense and are skipped. A
 * misnamed subject is reported once, at the claim that misnames it: a claim that refers to it names
 * the subject that claim should have named ("根据权利要求1或2所述的检测装置" after a misnamed
 * "根据权利要求1所述的检测方法" under the device of claim 1).
 */
export const subjectMismatch: ClaimRule = {
  id: 'claims.subject-mismatch',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第25条第1款；专利审查指南第二部分第二章3.3.2节 / Implementing Rules Art. 25(1); Guidelines Part II Ch. 2 §3.3.2',
    US: '35 USC 112(b), 112(d)',
    EP: 'EPC Rule 43(4); Art. 84',
  },
  title: {
    'zh-CN': '从属权利要求的主题名称与被引用的权利要求一致',
    en: 'A dependent claim names the subject of the claim it refers to',
  },
  advice: {
    'zh-CN': '使从属权利要求的主题名称与其引用的权利要求一致。',
    en: 'Name the same subject as the claim referred to.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      if (!namesSubjectThroughReference(claim)) continue
      const mismatched = parentsOf(claimSet, claim)
        .filter((parent) => !sameSubject(claimSet, claim, parent)
          && !intendedSubjects(claimSet, parent).some((intended) => sameSubject(claimSet, claim, intended)))
      const first = mismatched[0]
      if (first === undefined) continue
      const numbers = listNumbers(mismatched.map((parent) => parent.number))
      const several = mismatched.length > 1
      findings.push(claimFinding(subjectMismatch, claim, subjectRange(claim), {
        'zh-CN': `主题名称“${claim.subject}”与所引用的权利要求${numbers['zh-CN']}的主题“${first.subject}”不一致`,
        en: `The subject "${claim.subject}" differs from the subject "${first.subject}" of claim${several ? 's' : ''} ${numbers.en}, to which this claim refers`,
      }))
    }
    return findings
  },
}

function parentsOf(claimSet: ClaimSet, claim: ParsedClaim): ParsedClaim[] {
  return claim.dependsOn
    .map((number) => claimSet.claim(number))
    .filter((parent): parent is ParsedClaim => parent !== undefined && parent !== claim)
}

/**
 * The claims whose subject `parent` should name: when it names none of the subjects of the claims it
 * refers to, theirs, followed up the chain; else `parent` itself.
 */
function intendedSubjects(claimSet: ClaimSet, parent: ParsedClaim, depth = 0): ParsedClaim[] {
  if (depth > 8 || !namesSubjectThroughReference(parent)) return [parent]
  const grandparents = parentsOf(claimSet, parent)
  if (grandparents.length === 0 || grandparents.some((grandparent) => sameSubject(claimSet, parent, grandparent))) return [parent]
  return grandparents.flatMap((grandparent) => intendedSubjects(claimSet, grandparent, depth + 1))
}

function sameSubject(claimSet: ClaimSet, claim: ParsedClaim, parent: ParsedClaim): boolean {
  const childKey = claimSet.subjectKeyOf(claim)
  const parentKey = claimSet.subjectKeyOf(parent)
  if (childKey === '' || parentKey === '') return true
  if (claim.language === 'zh' && claimsSomethingOf(childKey, parentKey)) return true
  const childGroup = categoryGroup(claim.category)
  const parentGroup = categoryGroup(parent.category)
  if (childGroup !== null && parentGroup !== null && childGroup !== parentGroup) return false
  return supports(parentKey, childKey, claim.language)
    || supports(childKey, parentKey, claim.language)
    || abbreviates(claim.subject.trim(), parent)
}

/**
 * "根据权利要求1至6任一所述的构建体在制备药物中的用途", "根据权利要求1所述的装置的控制方法": the
 * subject opens with the referenced thing and goes on to claim something of it, a new subject.
 */
function claimsSomethingOf(childKey: string, parentKey: string): boolean {
  for (let length = 2; length <= parentKey.length; length++) {
    const thing = parentKey.slice(-length)
    if (childKey.length > length && childKey.startsWith(thing)) return true
  }
  return false
}

/** "DMA" for "device model agent (DMA)": defined in brackets in the parent, or its initials. */
function abbreviates(abbreviation: string, parent: ParsedClaim): boolean {
  if (!/^[a-z][a-z0-9-]{1,11}$/i.test(abbreviation)) return false
  const short = abbreviation.toLowerCase()
  const parentText = parent.text.toLowerCase()
  if (parentText.includes(`(${short})`) || parentText.includes(`（${short}）`)) return true
  return englishWords(parent.subject).map((word) => word[0]).join('') === short
}

function subjectRange(claim: ParsedClaim): TextRange {
  const start = claim.text.indexOf(claim.subject, claim.bodyStart)
  if (start >= 0 && claim.subject !== '') return { start, end: start + claim.subject.length }
  return claim.references[0]?.range ?? { start: claim.bodyStart, end: claim.bodyStart }
}
