/**
 * A number in a claim's references that was written for a claim since deleted. The number stays
 * as written (no other claim is what it meant), so it now names the claim that took that number:
 * `claim`. The referring claim keeps the entry, in its `lostReferences` attribute, until the
 * reference no longer names that claim or that claim is gone; the checker flags it meanwhile.
 */
export interface LostReference {
  /** Id of the claim the number names now. */
  claim: string
  /** The deleted claim's number when it was deleted. */
  was: number
}

/** The attribute of a claim node that holds its lost references, as JSON ('' when none). */
export const LOST_REFERENCES = 'lostReferences'

const isLostReference = (entry: unknown): entry is LostReference =>
  typeof entry === 'object' && entry !== null &&
  typeof (entry as LostReference).claim === 'string' && Number.isInteger((entry as LostReference).was)

/** A claim's lost references from its attribute; anything malformed reads as none. */
export function readLostReferences(value: unknown): LostReference[] {
  if (typeof value !== 'string' || value === '') return []
  try {
    const entries: unknown = JSON.parse(value)
    return Array.isArray(entries) ? entries.filter(isLostReference) : []
  } catch {
    return []
  }
}

export const writeLostReferences = (entries: readonly LostReference[]): string => (entries.length === 0 ? '' : JSON.stringify(entries))

/**
 * The entries still true: the claim named exists (`numberOf` its number now) and one of the
 * claim's references (`referred`) still names it.
 */
export function lostReferencesStillTrue(
  entries: readonly LostReference[],
  numberOf: ReadonlyMap<string | null, number>,
  referred: ReadonlySet<number>,
): LostReference[] {
  return entries.filter((entry) => {
    const number = numberOf.get(entry.claim)
    return number !== undefined && referred.has(number)
  })
}
