import { describe, expect, it } from 'vitest'
import { compareClaims } from '../editor/compareClaims'
import { markUpAmendment } from './amendmentMarkup'

const CLAIM_1 = '1. A device, comprising:\na housing; and\na sensor disposed in the housing.'
const CLAIM_2 = 'The device of claim 1, wherein the sensor is an accelerometer.'
const claims = (...texts: string[]) => texts.map((text, index) => ({ id: `c${index + 1}`, text }))

describe('a claim laid out anew, not reworded', () => {
  const relaid = CLAIM_1.replace(/\n/g, ' ')

  it('compares as unchanged, with nothing inserted or deleted', () => {
    const [first, second] = compareClaims(claims(CLAIM_1, CLAIM_2), claims(relaid, CLAIM_2))
    expect(first).toMatchObject({ status: 'unchanged', insertions: [], deletions: [] })
    expect(second).toMatchObject({ status: 'unchanged' })
  })

  it('is listed as (Original) in a US claim listing, and a reworded one as (Currently amended)', () => {
    const input = { filed: claims(CLAIM_1, CLAIM_2), examined: claims(CLAIM_1, CLAIM_2), amended: claims(relaid, CLAIM_2.replace('an accelerometer', 'a gyroscope')) }
    const listing = markUpAmendment(input, 'US').claims
    expect(listing.map((claim) => claim.identifier)).toEqual(['original', 'currently-amended'])
    expect(listing[0]!.runs.every((run) => run.type === 'equal')).toBe(true)
  })
})
