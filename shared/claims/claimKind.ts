import { statutoryClass } from './claimCategory'
import type { ClaimCategory, ClaimKind, ClaimLanguage, Jurisdiction } from './types'

/** What the kind of a claim is decided from. */
export interface KindEvidence {
  cancelled: boolean
  dependsOn: readonly number[]
  category: ClaimCategory | null
  subject: string
  language: ClaimLanguage
  /** The claim names its subject through the reference it opens with ("根据权利要求1所述的方法"). */
  followsReference: boolean
}

/**
 * Whether a claim is independent, dependent or cancelled under the practice of `jurisdiction`.
 *
 * - US: every claim that refers to another is dependent, whatever it claims (35 USC 112(d),
 *   MPEP 608.01(n): "A razor comprising the handle of claim 27" includes every limitation).
 * - CN: a claim that refers to claims of the other statutory class ("一种检测方法，用于权利要求1所述的
 *   装置"), or names a new subject and only uses the referenced thing ("一种测试装置，包括根据权利要求1
 *   所述的端子"), is independent (Guidelines Part II Ch. 2 §3.1.2). A claim in the written form
 *   "根据权利要求N所述的X" stays dependent even when X is misnamed.
 * - EP: a claim that refers to a claim of the other category is independent, and so is one that
 *   claims another thing taking in the referenced one ("A bicycle comprising … a brake lever
 *   assembly according to claim 1", Guidelines F-IV 3.8: a bolt and nut combination referring to
 *   the bolt claim); any other referring claim is dependent.
 */
export function resolveClaimKind(
  claim: KindEvidence,
  claimsByNumber: ReadonlyMap<number, KindEvidence>,
  jurisdiction: Jurisdiction,
): ClaimKind {
  if (claim.cancelled) return 'cancelled'
  if (claim.dependsOn.length === 0) return 'independent'
  if (jurisdiction === 'US') return 'dependent'

  const referenced = claim.dependsOn
    .map((number) => claimsByNumber.get(number))
    .filter((other): other is KindEvidence => other !== undefined && !other.cancelled)
  if (referenced.some((other) => differentClass(claim, classAsReferenced(other, claimsByNumber)))) return 'independent'
  if (jurisdiction === 'EP') return claimsAnotherThing(claim, referenced) ? 'independent' : 'dependent'
  if (!claim.followsReference) return 'independent'
  return referenced.some((other) => ownsSubject(claim, other)) ? 'independent' : 'dependent'
}

function differentClass(claim: Pick<KindEvidence, 'category'>, other: Pick<KindEvidence, 'category'>): boolean {
  if (claim.category === null || other.category === null) return false
  return statutoryClass(claim.category) !== statutoryClass(other.category)
}

/**
 * The category a claim gives the claims that refer to it. "根据权利要求1所述的检测方法" under a device
 * claim is a dependent claim with a misnamed subject (claims.subject-mismatch reports it): a claim
 * that refers to it and to claim 1 ("根据权利要求1或2所述的检测装置") still claims the device, and is
 * still a multiple dependent claim. A subject of something of the referenced thing ("…所述的装置的控制方法")
 * is a new subject and keeps its own category.
 */
function classAsReferenced(other: KindEvidence, claimsByNumber: ReadonlyMap<number, KindEvidence>): Pick<KindEvidence, 'category'> {
  if (!other.followsReference || other.subject.includes('的')) return other
  const parents = other.dependsOn
    .map((number) => claimsByNumber.get(number))
    .filter((parent): parent is KindEvidence => parent !== undefined && parent !== other && !parent.cancelled)
  const first = parents[0]
  return first !== undefined && parents.every((parent) => differentClass(other, parent)) ? first : other
}

// "A bicycle comprising … an assembly according to claim 1" names neither the referenced thing
// through the reference ("The assembly (1) according to claim 1") nor a thing of its kind ("The
// method of producing X according to claim 4" under a method claim).
function claimsAnotherThing(claim: KindEvidence, referenced: readonly KindEvidence[]): boolean {
  if (claim.followsReference || claim.subject === '') return false
  const head = lastWord(claim.subject)
  return referenced.every((other) => lastWord(other.subject) !== head)
}

function lastWord(subject: string): string {
  return subject.slice(subject.lastIndexOf(' ') + 1)
}

// "根据权利要求1所述的电机的控制器": the referenced motor owns the subject, so the claim claims a
// new thing (the controller) rather than the motor of claim 1.
function ownsSubject(claim: KindEvidence, other: KindEvidence): boolean {
  if (claim.language !== 'zh') return false
  const split = claim.subject.lastIndexOf('的')
  if (split <= 0) return false
  const owner = claim.subject.slice(0, split)
  return owner === other.subject || owner === other.subject.slice(other.subject.lastIndexOf('的') + 1)
}
