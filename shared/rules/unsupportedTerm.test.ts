import { describe, expect, it } from 'vitest'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'
import { unsupportedTerm } from './unsupportedTerm'

const CN_DESCRIPTION = '本发明涉及一种支撑装置。如图1所示，支撑装置包括底座1和支架2，支架2固定在底座1上，底座1上设有滑槽3，支架2上设有把手4。'
const US_DESCRIPTION = 'The invention relates to Support Devices. As shown in FIG. 1, each support device has a base 1 and a bracket 2 fixed to the base. Slots 3 are formed in the base; the bracket carries Handles 4.'

describe('claims.unsupported-term', () => {
  it('accepts Chinese claims whose terms all appear in the description', () => {
    expect(checkText(unsupportedTerm, 'CN', claimsText(CN_CLAIMS), { description: CN_DESCRIPTION })).toEqual([])
  })

  it('reports a Chinese term the description never uses, once, at its first mention', () => {
    const text = claimsText(CN_CLAIMS)
    const findings = checkText(unsupportedTerm, 'CN', text, { description: CN_DESCRIPTION.replace('，支架2上设有把手4', '') })
    expect(findings).toMatchObject([{ severity: 'warning', claim: 3 }])
    expect(located(text, 'CN', findings[0]!)).toBe('把手')
  })

  it('matches English terms regardless of case and plural', () => {
    expect(checkText(unsupportedTerm, 'US', claimsText(US_CLAIMS), { description: US_DESCRIPTION })).toEqual([])
  })

  it('reports an English term the description never uses', () => {
    const text = claimsText(US_CLAIMS)
    const findings = checkText(unsupportedTerm, 'EP', text, { description: US_DESCRIPTION.replace('; the bracket carries Handles 4', '') })
    expect(findings).toMatchObject([{ claim: 3 }])
    expect(located(text, 'EP', findings[0]!)).toBe('handle')
  })

  it('says nothing when no description is given', () => {
    expect(checkText(unsupportedTerm, 'US', claimsText(US_CLAIMS))).toEqual([])
  })
})
