import { describe, expect, it } from 'vitest'
import { subjectMismatch } from './subjectMismatch'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

describe('claims.subject-mismatch', () => {
  it('accepts Chinese dependent claims that repeat the subject', () => {
    expect(checkText(subjectMismatch, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('accepts a shortened Chinese subject ("方法" under "一种检测方法")', () => {
    const text = claimsText([
      '1.一种检测方法，其特征在于，包括以下步骤：测量挠度。',
      '2.根据权利要求1所述的方法，其特征在于，所述挠度由激光测量。',
    ])
    expect(checkText(subjectMismatch, 'CN', text)).toEqual([])
  })

  it('accepts a Chinese claim to something of the referenced thing ("…所述的支撑装置的安装方法")', () => {
    const text = claimsText([CN_CLAIMS[0] ?? '', '2.根据权利要求1所述的支撑装置的安装方法，其特征在于，包括将所述底座（1）固定在地面上。'])
    expect(checkText(subjectMismatch, 'CN', text)).toEqual([])
  })

  it('accepts an EPO claim of another category naming the thing of the claim it refers to ("A method of adjusting a brake lever assembly according to claim 1")', () => {
    const text = claimsText([
      '1. A brake lever assembly comprising a lever and a reach adjuster.',
      '2. A method of adjusting a brake lever assembly according to claim 1, comprising turning the reach adjuster.',
    ])
    expect(checkText(subjectMismatch, 'EP', text)).toEqual([])
  })

  it('reports "根据权利要求1所述的方法" under a device claim, at the subject', () => {
    const text = claimsText([CN_CLAIMS[0] ?? '', '2.根据权利要求1所述的方法，其特征在于，所述底座（1）为圆形。'])
    const findings = checkText(subjectMismatch, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'error', claim: 2 }])
    expect(findings[0]?.message['zh-CN']).toContain('支撑装置')
    expect(located(text, 'CN', findings[0]!)).toBe('方法')
  })

  it('reports a misnamed subject once, at its claim, not again at the claims that refer to it with the right subject or with its own', () => {
    const text = claimsText([
      CN_CLAIMS[0] ?? '',
      '2.根据权利要求1所述的方法，其特征在于，所述底座（1）为圆形。',
      '3.根据权利要求1或2所述的支撑装置，其特征在于，所述支架（2）为钢制。',
      '4.根据权利要求2所述的方法，其特征在于，所述支架（2）为铝制。',
    ])
    expect(checkText(subjectMismatch, 'CN', text)).toMatchObject([{ claim: 2 }])
  })

  it('accepts English dependent claims that repeat or shorten the subject', () => {
    const text = claimsText([...US_CLAIMS, '4. The device of claim 1, wherein the base is round.'])
    expect(checkText(subjectMismatch, 'US', text)).toEqual([])
  })

  it('accepts an abbreviation the parent claim defines ("The DMA of claim 1")', () => {
    const text = claimsText([
      '1. A device model agent (DMA) comprising a core device model and a service environment.',
      '2. The DMA of claim 1 wherein the core device model comprises a service manager.',
    ])
    expect(checkText(subjectMismatch, 'US', text)).toEqual([])
  })

  it('reports "The method of claim 1" under a device claim', () => {
    const text = claimsText([US_CLAIMS[0] ?? '', '2. The method of claim 1, wherein the base is round.'])
    const findings = checkText(subjectMismatch, 'EP', text)
    expect(findings).toMatchObject([{ claim: 2 }])
    expect(findings[0]?.message.en).toContain('"support device" of claim 1')
  })

  it('leaves a claim to another subject that incorporates an earlier claim alone', () => {
    const text = claimsText([US_CLAIMS[0] ?? '', '2. A shelf comprising the support device of claim 1 and a board.'])
    expect(checkText(subjectMismatch, 'US', text)).toEqual([])
  })

  it('leaves an EP use claim alone: "Use of the device according to claim 1" is a claim of another category', () => {
    const text = claimsText([US_CLAIMS[0] ?? '', '2. Use of the support device according to claim 1 for holding a shelf.'])
    expect(checkText(subjectMismatch, 'EP', text)).toEqual([])
  })
})
