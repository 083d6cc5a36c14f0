/** One claim as it stood when the amended claims of a reply were started. */
export interface BaselineClaim {
  id: string
  text: string
}

/**
 * The claims a reply's amended claims started from — the claim set as examined — kept on the
 * amended claim list so that the checker can tell what the reply amends (DOMAIN.md rule 15) and
 * claims are matched by id across renumbering. `source` says where they came from, for people.
 */
export interface ClaimBaseline {
  source: string
  claims: BaselineClaim[]
  /**
   * The description that came with those claims: with them, what an amendment must stay within
   * (the added-matter check). Absent in replies started before it was kept.
   */
  description?: string
}

// The attribute is read on every keystroke and changes rarely: the last one read is kept.
let lastRead: { attribute: string; baseline: ClaimBaseline | null } | null = null

/** The baseline kept in a claim list's `baseline` attribute; null when there is none or it is unreadable. */
export function readClaimBaseline(attribute: unknown): ClaimBaseline | null {
  if (typeof attribute !== 'string' || attribute === '') return null
  if (lastRead?.attribute !== attribute) lastRead = { attribute, baseline: parseBaseline(attribute) }
  return lastRead.baseline
}

function parseBaseline(attribute: string): ClaimBaseline | null {
  try {
    const value = JSON.parse(attribute) as Partial<ClaimBaseline>
    if (!Array.isArray(value.claims)) return null
    const claims = value.claims.filter(
      (claim): claim is BaselineClaim => typeof claim?.id === 'string' && typeof claim?.text === 'string',
    )
    const source = typeof value.source === 'string' ? value.source : ''
    return typeof value.description === 'string' ? { source, claims, description: value.description } : { source, claims }
  } catch {
    return null
  }
}

export const writeClaimBaseline = (baseline: ClaimBaseline): string => JSON.stringify(baseline)
