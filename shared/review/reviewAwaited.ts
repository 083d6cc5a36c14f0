import type { DocumentKind } from '../domain/documentKinds'
import type { MatterState } from '../domain/workflow'

// Steps at which a matter's documents are reviewed and approved: before filing (a team may work
// its documents further than the matter's state says) and while an office action is answered.
// Once filed, granted or closed, what was approved stays as it was and nobody is asked again.
const DOCUMENTS_IN_PLAY: ReadonlySet<MatterState> = new Set(['disclosure', 'evaluation', 'drafting', 'review', 'approved', 'office-action'])

// A disclosure is decided at the pre-filing evaluation: the step to drafting is that decision,
// whether or not the form was approved on its own before.
const DISCLOSURE_DECIDED_BY: ReadonlySet<MatterState> = new Set(['disclosure', 'evaluation'])

/** Whether a document of this kind still waits for review, approval or changes at its matter's step. */
export function reviewAwaited(state: MatterState, kind: DocumentKind | string): boolean {
  if (!DOCUMENTS_IN_PLAY.has(state)) return false
  return kind !== 'disclosure' || DISCLOSURE_DECIDED_BY.has(state)
}
