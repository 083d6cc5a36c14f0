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

describe('a claim set pasted anew over the examined one', () => {
  const examined = claims(
    'A device comprising a housing and a sensor.',
    'The device of claim 1, wherein the sensor is an accelerometer.',
    'The device of claim 1, wherein the housing is plastic.',
    'The device of claim 1, wherein the housing has a strap.',
  )
  // Every claim has a new id, as a paste makes them.
  const pasted = (...texts: string[]) => texts.map((text, index) => ({ id: `p${index + 1}`, text }))

  it('lists each claim cancelled in place where it stood, and the rest by their text', () => {
    const amended = pasted(
      'A device comprising a flexible housing and a sensor.',
      '(Canceled)',
      'The device of claim 1, wherein the housing is plastic.',
      '(Canceled)',
      'The device of claim 1, wherein the sensor is a gyroscope disposed in the flexible housing.',
    )
    const listing = markUpAmendment({ filed: examined, examined, amended }, 'US').claims
    expect(listing.map((claim) => [claim.number, claim.identifier])).toEqual([
      [1, 'currently-amended'],
      [2, 'canceled'],
      [3, 'original'],
      [4, 'canceled'],
      [5, 'new'],
    ])
  })
})
