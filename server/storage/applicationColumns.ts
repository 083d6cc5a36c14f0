import type Database from 'better-sqlite3'
import type { MatterId } from '../../shared/domain/ids'
import type { ApplicationFacts } from './Store'

/** The matters table's column of each application fact, for updating only those a change names. */
const APPLICATION_COLUMNS: readonly (readonly [keyof ApplicationFacts, string])[] = [
  ['applicationNumber', 'application_number'],
  ['filingDate', 'filing_date'],
  ['applicant', 'applicant'],
  ['docketNumber', 'docket_number'],
  ['examiner', 'examiner'],
  ['artUnit', 'art_unit'],
  ['confirmationNumber', 'confirmation_number'],
  ['grantNumber', 'grant_number'],
  ['grantDate', 'grant_date'],
]

/** Writes the facts a change names (a value or null), leaving the others as recorded; run inside the change's transaction. */
export function writeApplicationFacts(statement: (sql: string) => Database.Statement, id: MatterId, facts: ApplicationFacts): void {
  for (const [fact, column] of APPLICATION_COLUMNS) {
    const value = facts[fact]
    if (value !== undefined) statement(`UPDATE matters SET ${column} = ? WHERE id = ?`).run(value, id)
  }
}
