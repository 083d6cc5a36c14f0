import { z } from 'zod'
import { APPLICATION_FACT_LENGTHS } from '../../shared/domain/api'
import { END_NOTE_MAX_LENGTH, END_REASONS, isEndReason, isEndState, MATTER_GRADES, MATTER_STATES } from '../../shared/domain/workflow'
import { gradeNote } from '../../shared/review/archiveNotes'
import type { ArchiveFacts } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import type { MatterStepChanges } from '../storage/ReviewStore'
import type { MatterRecord } from '../storage/Store'
import { calendarDate } from './calendarDate'

/** A fact given with a step: text, trimmed, not empty (left out when not known). */
const givenText = (maxLength: number) => z.string().trim().min(1).max(maxLength).optional()

/** The body of `POST /api/matters/:id/transitions` (TransitionRequest): the step, and the facts it is taken with. */
export const Transition = z.object({
  to: z.enum(MATTER_STATES),
  grade: z.enum(MATTER_GRADES).optional(),
  /** The state the caller saw: a step taken from a page someone else's step outdated is a conflict, not bad input. */
  from: z.enum(MATTER_STATES).optional(),
  applicationNumber: givenText(APPLICATION_FACT_LENGTHS.applicationNumber),
  filingDate: calendarDate().optional(),
  grantNumber: givenText(APPLICATION_FACT_LENGTHS.grantNumber),
  grantDate: calendarDate().optional(),
  /** Checked against the state the step ends in: each has its own reasons. */
  reason: z.string().optional(),
  note: givenText(END_NOTE_MAX_LENGTH),
  decisionDate: calendarDate().optional(),
})

export type TransitionInput = z.infer<typeof Transition>

/** What a step records besides from → to: the changes it makes on the matter, and its archive entry's facts and note. */
export interface StepRecord {
  changes: MatterStepChanges
  facts: ArchiveFacts | undefined
  note: string | null
}

/**
 * The facts a step of `matter` to `input.to` is taken with, each only with the step it belongs
 * to (400 otherwise, before anything is stored): filing the application (approved → filed) its
 * number and filing date; a grant its grade (required) and its publication number and date; an
 * end (rejected, withdrawn, lapsed) its reason and a note, a rejection also the decision's date.
 * The entry records the number and date the matter is filed or granted with, given now or
 * recorded before.
 */
export function stepFacts(matter: MatterRecord, input: TransitionInput): StepRecord {
  const { to } = input
  const filing = matter.state === 'approved' && to === 'filed'
  onlyWith(filing, input, ['applicationNumber', 'filingDate'], 'only the filing of the application (approved → filed) takes it')
  onlyWith(to === 'granted', input, ['grade', 'grantNumber', 'grantDate'], 'only a matter being granted takes it')
  onlyWith(isEndState(to), input, ['reason', 'note'], 'only a step to rejected, withdrawn or lapsed takes it')
  onlyWith(to === 'rejected', input, ['decisionDate'], 'only a rejection takes it')
  if (filing) {
    const changes = defined({ applicationNumber: input.applicationNumber, filingDate: input.filingDate })
    const after = { ...matter, ...changes }
    return { changes, facts: recorded({ applicationNumber: after.applicationNumber, filingDate: after.filingDate }), note: null }
  }
  if (to === 'granted') {
    if (!input.grade) throw ApiError.badRequest('grade: a granted matter needs a grade (A core, B important, C general)')
    const changes = defined({ grantNumber: input.grantNumber, grantDate: input.grantDate })
    const after = { ...matter, ...changes }
    return { changes: { grade: input.grade, ...changes }, facts: recorded({ grantNumber: after.grantNumber, grantDate: after.grantDate }), note: gradeNote(input.grade) }
  }
  if (isEndState(to)) {
    if (input.reason !== undefined && !isEndReason(to, input.reason)) {
      throw ApiError.badRequest(`reason: a matter ${to} gives one of ${END_REASONS[to].join(', ')}`)
    }
    return { changes: {}, facts: recorded({ reason: input.reason, decisionDate: input.decisionDate }), note: input.note ?? null }
  }
  return { changes: {}, facts: undefined, note: null }
}

function onlyWith(allowed: boolean, input: TransitionInput, fields: readonly (keyof TransitionInput)[], why: string): void {
  const misplaced = allowed ? undefined : fields.find((field) => input[field] !== undefined)
  if (misplaced) throw ApiError.badRequest(`${misplaced}: ${why}`)
}

/** The fields given, without those left out (which keep what is recorded). */
const defined = <T extends object>(fields: T): Partial<T> => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>

/** The facts that have a value, or undefined when none has. */
function recorded(facts: { [name in keyof ArchiveFacts]: string | null | undefined }): ArchiveFacts | undefined {
  const known = Object.entries(facts).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return known.length > 0 ? Object.fromEntries(known) : undefined
}
