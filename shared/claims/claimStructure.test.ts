import { describe, expect, it } from 'vitest'
import { parseClaimList } from './parseClaims'
import type { Jurisdiction, ParsedClaim } from './types'

function parseOne(text: string, jurisdiction: Jurisdiction = 'US'): ParsedClaim {
  const [claim] = parseClaimList([{ number: 1, text }], { jurisdiction })
  if (!claim) throw new Error('no claim parsed')
  return claim
}

const written = (claim: ParsedClaim, range: { start: number; end: number } | null) =>
  range ? claim.text.slice(range.start, range.end) : null

describe('subject and category', () => {
  it.each([
    ['A method for detecting a change, comprising measuring.', 'method', 'method'],
    ['A process for making paper, comprising drying.', 'process', 'method'],
    ['A pre-charging system for a hybrid vehicle, comprising a battery.', 'pre-charging system', 'system'],
    ['One or more computer storage media having stored thereon instructions.', 'computer storage media', 'medium'],
    ['A computer program product comprising instructions.', 'computer program product', 'medium'],
    ['A simulation device for displaying readings, comprising a housing.', 'simulation device', 'apparatus'],
    ['A faucet support member configured to fix a faucet.', 'faucet support member', 'product'],
    ['Use of a compound in the manufacture of a medicament.', 'use', 'use'],
    ['In a device comprising a web server, a device model agent comprising a core.', 'device model agent', 'product'],
  ])('names the subject of "%s" %j, category %s', (text, subject, category) => {
    const claim = parseOne(text)
    expect([claim.subject, claim.category]).toEqual([subject, category])
  })

  it.each([
    ['一种桥梁钢结构挠度检测装置，包括支撑座（1）。', '桥梁钢结构挠度检测装置', 'apparatus'],
    ['一种生物体签名方法，由生物体签名系统进行。', '生物体签名方法', 'method'],
    ['一种生物体签名系统，其特征在于，包括处理器。', '生物体签名系统', 'system'],
    ['一种计算机可读存储介质，其上存储有程序。', '计算机可读存储介质', 'medium'],
    ['一种用于机器人灵巧手的空心杯电机，包括机壳。', '用于机器人灵巧手的空心杯电机', 'product'],
    ['根据权利要求1所述的化合物在制备药物中的用途。', '化合物在制备药物中的用途', 'use'],
  ])('names the subject of "%s" %j, category %s', (text, subject, category) => {
    const claim = parseOne(text, 'CN')
    expect([claim.subject, claim.category]).toEqual([subject, category])
  })

  it('leaves the category empty when a claim names no subject', () => {
    expect(parseOne('1234', 'US').category).toBeNull()
  })
})

describe('preamble and characterising part', () => {
  it('splits a Chinese claim in two-part form at 其特征在于', () => {
    const claim = parseOne('一种装置，包括底座，其特征在于：所述底座上设有凹槽。', 'CN')
    expect(written(claim, claim.preamble)).toBe('一种装置，包括底座')
    expect(written(claim, claim.characterisingPart)).toBe('所述底座上设有凹槽。')
  })

  it('splits a Chinese claim at the words like 其特征在于 that Implementing Rules Art. 24 admits: 其特征是, 其特征为, 其改进在于', () => {
    for (const marker of ['其特征是', '其特征为', '其改进在于', '其改进是']) {
      const claim = parseOne(`一种焊接方法，${marker}，包括以下步骤：加热工件。`, 'CN')
      expect(written(claim, claim.preamble)).toBe('一种焊接方法')
      expect(written(claim, claim.characterisingPart)).toBe('包括以下步骤：加热工件。')
    }
  })

  it('splits an English claim at "characterised in that", "characterized in that" and "characterised by"', () => {
    for (const marker of ['characterised in that', 'characterized in that', 'characterised by']) {
      const claim = parseOne(`Arrangement as claimed in claim 1, ${marker} the pump is electric.`, 'EP')
      expect(written(claim, claim.preamble)).toBe('Arrangement as claimed in claim 1')
      expect(written(claim, claim.characterisingPart)).toBe('the pump is electric.')
    }
  })

  it('ends the preamble of a single-part English claim at its transition word', () => {
    const claim = parseOne('A method implemented in a computer, the method comprising:\nreceiving a request.')
    expect(written(claim, claim.preamble)).toBe('A method implemented in a computer, the method')
    expect(claim.characterisingPart).toBeNull()
  })

  it('does not treat "wherein" as the two-part form', () => {
    const claim = parseOne('The method of claim 1, wherein the request is signed.')
    expect(written(claim, claim.preamble)).toBe('The method of claim 1')
    expect(claim.characterisingPart).toBeNull()
  })

  it('ends a Chinese preamble at the comma after the subject', () => {
    const claim = parseOne('一种基因编辑构建体，所述构建体包括同源臂。', 'CN')
    expect(written(claim, claim.preamble)).toBe('一种基因编辑构建体')
  })
})

describe('language', () => {
  it('reads a claim with CJK characters as Chinese and any other as English', () => {
    expect(parseOne('一种装置。', 'CN').language).toBe('zh')
    expect(parseOne('A widget comprising SEQ ID NO: 2.', 'CN').language).toBe('en')
  })
})
