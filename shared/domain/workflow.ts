/**
 * The life of a matter (DOMAIN.md "The workflow"): from the disclosure through evaluation,
 * drafting and review to filing, office actions and the office's decision. Who may take each
 * step is in the policy table (MATTER_TRANSITIONS in policy.ts).
 */
export const MATTER_STATES = [
  'disclosure',
  'evaluation',
  'drafting',
  'review',
  'approved',
  'filed',
  'office-action',
  'granted',
  'rejected',
  'withdrawn',
  'lapsed',
] as const

export type MatterState = (typeof MATTER_STATES)[number]

export const isMatterState = (value: string): value is MatterState => (MATTER_STATES as readonly string[]).includes(value)

/** Grade of a granted patent, which drives maintenance decisions (seed 003). */
export const MATTER_GRADES = ['A', 'B', 'C'] as const

export type MatterGrade = (typeof MATTER_GRADES)[number]

export const isMatterGrade = (value: string): value is MatterGrade => (MATTER_GRADES as readonly string[]).includes(value)

/** The review state of one document. */
export const REVIEW_STATES = ['draft', 'in-review', 'changes-requested', 'approved'] as const

export type ReviewState = (typeof REVIEW_STATES)[number]

export const isReviewState = (value: string): value is ReviewState => (REVIEW_STATES as readonly string[]).includes(value)

/**
 * Review steps that are not an approval: an editor submits the text for review, a reviewer or
 * lead sends it back. `approved` is reached only through an approval (POST …/approvals).
 */
export const REVIEW_TRANSITIONS: readonly { from: ReviewState; to: ReviewState; by: 'editor' | 'reviewer' }[] = [
  { from: 'draft', to: 'in-review', by: 'editor' },
  { from: 'changes-requested', to: 'in-review', by: 'editor' },
  { from: 'approved', to: 'in-review', by: 'editor' },
  { from: 'in-review', to: 'changes-requested', by: 'reviewer' },
  { from: 'approved', to: 'changes-requested', by: 'reviewer' },
]

/** Who is expected to act next on a matter in this state, for the dashboard ("who holds the ball"). */
export const BALL_HOLDER: Record<MatterState, 'inventor' | 'agent' | 'reviewer' | 'lead' | 'office' | null> = {
  disclosure: 'inventor',
  evaluation: 'reviewer',
  drafting: 'agent',
  review: 'reviewer',
  approved: 'agent',
  filed: 'office',
  'office-action': 'agent',
  granted: null,
  rejected: null,
  withdrawn: null,
  lapsed: null,
}

/**
 * Why a matter ended, asked at the step into each state nothing leads out of (the process
 * archive's record for the yearly report): CNIPA's rejection decision (Patent Law A38), upheld or
 * not on re-examination (A41); an application withdrawn by the applicant (A32) or deemed
 * withdrawn for a missed time limit or fee (Implementing Rules); a patent lapsed for an unpaid
 * annual fee (A44(1)), abandoned in writing (A44(2)) or at the end of its term (A42).
 */
export const END_REASONS = {
  rejected: ['rejection-decision', 'rejection-upheld'],
  withdrawn: ['voluntary', 'deemed'],
  lapsed: ['annual-fee-unpaid', 'abandoned', 'term-expired'],
} as const

/** A state a matter ends in, with the reasons it may end there for. */
export type EndState = keyof typeof END_REASONS

export type EndReason = (typeof END_REASONS)[EndState][number]

export const isEndState = (state: MatterState): state is EndState => Object.hasOwn(END_REASONS, state)

/** Whether `reason` is one a matter may end in `state` for. */
export const isEndReason = (state: EndState, reason: string): reason is EndReason => (END_REASONS[state] as readonly string[]).includes(reason)

/** The longest note a step into an end state keeps, in characters (as a review note). */
export const END_NOTE_MAX_LENGTH = 2000
