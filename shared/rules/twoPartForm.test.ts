import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from './analyze'
import { CN_CLAIMS, EP_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText } from './testing/factories'
import { twoPartForm } from './twoPartForm'

describe('claims.two-part-form', () => {
  it('accepts a Chinese independent claim with 其特征在于', () => {
    expect(checkText(twoPartForm, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('warns about a Chinese independent claim without 其特征在于, not its dependents', () => {
    const text = claimsText(['1.一种支撑装置，包括底座（1）和固定在所述底座（1）上的支架（2）。', ...CN_CLAIMS.slice(1)])
    expect(checkText(twoPartForm, 'CN', text)).toMatchObject([{ severity: 'warning', claim: 1 }])
  })

  it('asks the two-part form of a Chinese method claim as of a product claim: Implementing Rules Art. 24 names no category', () => {
    const steps = '包括以下步骤：S1、加热工件；S2、焊接所述工件。'
    expect(checkText(twoPartForm, 'CN', `1.一种焊接方法，${steps}`)).toMatchObject([{ severity: 'warning', claim: 1 }])
    expect(checkText(twoPartForm, 'CN', `1.一种焊接方法，其特征在于，${steps}`)).toEqual([])
  })

  it('accepts 其特征是 and the like for 其特征在于 ("其特征是……或者类似的用语", Implementing Rules Art. 24)', () => {
    const steps = '包括以下步骤：S1、加热工件；S2、焊接所述工件。'
    for (const marker of ['其特征是', '其特征为', '其改进在于']) {
      expect(checkText(twoPartForm, 'CN', `1.一种焊接方法，${marker}，${steps}`)).toEqual([])
    }
  })

  it('accepts an EP independent claim with "characterised in that"', () => {
    expect(checkText(twoPartForm, 'EP', claimsText(EP_CLAIMS))).toEqual([])
  })

  it('warns about an EP independent claim without "characterised in that"', () => {
    expect(checkText(twoPartForm, 'EP', claimsText(US_CLAIMS))).toMatchObject([{ claim: 1, message: { en: 'The independent claim has no preamble and characterising part ("characterised in that")' } }])
  })

  it('does not apply to US claims', () => {
    const { findings } = analyzeClaimSet({ jurisdiction: 'US', claimsText: claimsText(US_CLAIMS) })
    expect(findings.filter((finding) => finding.rule === twoPartForm.id)).toEqual([])
  })

  it('does not ask for two parts where the referred claims carry the features: a product obtained by them, a composition of them, their use', () => {
    const text = claimsText([
      ...CN_CLAIMS,
      '4.一种细胞，其由权利要求1所述的支撑装置培养后获得。',
      '5.一种组合物，其包含权利要求1所述的支撑装置和载体。',
      '6.权利要求1所述的支撑装置在桥梁检测中的用途。',
      '7.一种检测方法，包括将权利要求1所述的支撑装置放在桥梁上，测量所述支架的位移。',
    ])
    expect(checkText(twoPartForm, 'CN', text)).toMatchObject([{ claim: 7 }])
  })

  it('does not ask for two parts where the preamble takes in the product of the referred claims ("A method of adjusting a … according to claim 1")', () => {
    const text = claimsText([
      ...EP_CLAIMS,
      '4. A method of adjusting a support device according to any one of claims 1 to 3, comprising the steps of loosening the bracket (2), moving the bracket (2) along the slot (3), and fixing the bracket (2).',
      '5. A method of mounting a shelf, comprising the steps of providing a support device according to claim 1, fixing the base (1) to a wall, and placing the shelf on the bracket (2).',
    ])
    expect(checkText(twoPartForm, 'EP', text)).toMatchObject([{ claim: 5 }])
  })

  it('does not ask for two parts of the claims that carry out a method claim: apparatus, program and medium alike (Guidelines F-IV 3.8, 3.9.1)', () => {
    const text = claimsText([
      '1. A computer-implemented method of controlling a brake, comprising measuring a speed of a wheel, and releasing the brake when the speed falls.',
      '2. A data processing apparatus comprising means for carrying out the method of claim 1.',
      '3. A computer program comprising instructions which, when the program is executed by a computer, cause the computer to carry out the method of claim 1.',
      '4. A computer-readable medium comprising instructions which, when executed by a computer, cause the computer to carry out the method of claim 1.',
    ])
    expect(checkText(twoPartForm, 'EP', text).map((finding) => finding.claim)).toEqual([1])
  })
})
