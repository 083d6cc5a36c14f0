import { describe, expect, it } from 'vitest'
import { parseClaimList } from './parseClaims'
import type { Jurisdiction, ParsedClaim } from './types'

function parseSet(jurisdiction: Jurisdiction, ...texts: string[]): ParsedClaim[] {
  return parseClaimList(texts.map((text, index) => ({ number: index + 1, text })), { jurisdiction })
}

/** "introduced:term" / "referenced:term" for each mention, in text order. */
const mentions = (claim: ParsedClaim | undefined) => claim?.terms.map((term) => `${term.kind}:${term.term}`) ?? []

describe('English terms', () => {
  it('reads "a X" as an introduction and "the X" or "said X" as a reference back', () => {
    const [claim] = parseSet('US', 'A faucet support member comprising a support seat and a tightening member, wherein said support seat holds the tightening member.')
    expect(mentions(claim)).toEqual([
      'introduced:faucet support member',
      'introduced:support seat',
      'introduced:tightening member',
      'referenced:support seat',
      'referenced:tightening member',
    ])
  })

  it('keeps each range exactly on the written phrase', () => {
    const [claim] = parseSet('US', 'A device comprising a Core Device Model, wherein the core device model loads services.')
    for (const term of claim?.terms ?? []) {
      expect(claim?.text.slice(term.range.start, term.range.end).toLowerCase()).toBe(term.term)
    }
    expect(mentions(claim)).toContain('referenced:core device model')
  })

  it('reads the noun behind "a plurality of", "one or more" and "at least one"', () => {
    const [claim] = parseSet('US', 'A faucet comprising a plurality of connectors, one or more bolts and at least one spacer, wherein the at least one spacer is between the connectors.')
    expect(mentions(claim)).toEqual([
      'introduced:faucet', 'introduced:connectors', 'introduced:bolts', 'introduced:spacer', 'referenced:spacer', 'referenced:connectors',
    ])
  })

  it('ends a phrase at the verb of the clause', () => {
    const [claim] = parseSet('US', 'A system comprising a service manager, wherein the service manager loads services and the fixed agent hides the TAP.')
    expect(mentions(claim)).toContain('referenced:service manager')
    expect(mentions(claim)).toContain('referenced:fixed agent')
  })

  it('leaves out the subject a dependent claim names through its reference and things of other claims', () => {
    const [, second, third] = parseSet('US', 'A device model agent comprising a core.', 'The DMA of claim 1 wherein the core is small.',
      'An optical disk comprising the device model agent of claim 1.')
    expect(mentions(second)).toEqual(['referenced:core'])
    expect(mentions(third)).toEqual(['introduced:optical disk'])
  })

  it('counts a bare plural as the introduction of a term that a claim refers back to', () => {
    const [claim] = parseSet('US', 'A memory device comprising luminous nanoparticles, wherein the luminous nanoparticles are small.')
    expect(mentions(claim)).toEqual(['introduced:memory device', 'introduced:luminous nanoparticles', 'referenced:luminous nanoparticles'])
  })

  it('reports a term referred back to without any introduction, as in the published claim', () => {
    const [, second] = parseSet('US', 'A device model agent comprising a core device model.', 'The DMA of claim 1 wherein the core device model agent comprises an event manager.')
    expect(mentions(second)).toEqual(['referenced:core device model agent', 'introduced:event manager'])
  })

  it('leaves out a coordinated back-reference and idioms that name no feature', () => {
    const [claim] = parseSet('US', 'A tractor comprising wheels, wherein the left and right wheels turn, and the same is selected from the group consisting of steel.')
    expect(mentions(claim)).toEqual(['introduced:tractor'])
  })
})

describe('Chinese terms', () => {
  it('reads "所述X" and "该X" as references and cuts them at particles and verbs', () => {
    const [claim] = parseSet('CN', '一种签名系统，包括处理器和存储器，所述存储器保持第一模板，该第一模板表示结果，所述处理器进行处理。')
    expect(mentions(claim)).toEqual([
      'introduced:签名系统', 'introduced:处理器', 'introduced:存储器', 'referenced:存储器', 'introduced:第一模板',
      'referenced:第一模板', 'referenced:处理器',
    ])
  })

  it('reads the items of a list after 包括 and the head after 的 as introductions', () => {
    const [claim] = parseSet('CN', '一种机器人足端结构，包括用于和机器人腿部连杆相连接的足基座总成 (2)、用于缓冲冲击力的足垫 (3)，所述足垫 (3) 为橡胶。')
    expect(mentions(claim)).toEqual(['introduced:机器人足端结构', 'introduced:足基座总成', 'introduced:足垫', 'referenced:足垫'])
  })

  it('reads quantified features as introductions and keeps ranges exact', () => {
    const [claim] = parseSet('CN', '一种检测装置，所述清洁圈（707）的表面固定连接有若干个刮片（709），所述刮片（709）呈倾斜状分布。')
    expect(mentions(claim)).toEqual(['introduced:检测装置', 'referenced:清洁圈', 'introduced:刮片', 'referenced:刮片'])
    for (const term of claim?.terms ?? []) expect(claim?.text.slice(term.range.start, term.range.end)).toBe(term.term)
  })

  it('finds the head after a modifier in "所述用于…的X"', () => {
    const [, second] = parseSet('CN', '一种用于机器人灵巧手的空心杯电机，包括机壳。', '根据权利要求1所述的用于机器人灵巧手的空心杯电机，其特征在于，所述用于机器人灵巧手的空心杯电机还包括端盖。')
    expect(mentions(second)).toEqual(['referenced:空心杯电机', 'introduced:端盖'])
  })

  it('leaves out the subject named through the reference and the thing of another claim', () => {
    const [, second] = parseSet('CN', '一种电接触端子，包括引脚。', '一种测试装置，包括底座和根据权利要求1所述的电接触端子，所述电接触端子连接到所述底座。')
    expect(mentions(second)).toEqual(['introduced:测试装置', 'introduced:底座', 'referenced:电接触端子', 'referenced:底座'])
  })

  it('reports a term that no claim introduces, as in the published claim', () => {
    const [, second] = parseSet('CN', '一种电机，包括第一端盖和第二端盖。', '根据权利要求1所述的电机，其特征在于，所述左端盖远离所述第一端盖。')
    expect(mentions(second)).toEqual(['referenced:左端盖', 'referenced:第一端盖'])
  })
})
