import { describe, expect, it } from 'vitest'
import type { ComparedClaim } from '../editor/compareClaims'
import { ADDED_MATTER, checkAddedMatter } from './addedMatter'

// A battery charger as filed: a temperature sensor, and the charging current it adjusts; no current sensor.
const CLAIMS_AS_FILED: ComparedClaim[] = [
  { id: 'c1', text: '一种电池充电装置，包括采集模块和控制模块，其特征在于，所述采集模块包括温度传感器。' },
  { id: 'c2', text: '根据权利要求1所述的电池充电装置，其特征在于，所述控制模块根据温度调节充电电流。' },
]
// The description says in one sentence what claims 1 and 2 say apart.
const DESCRIPTION_AS_FILED = [
  '本发明涉及电池充电技术领域。',
  '在第一实施例中，控制模块根据温度传感器检测的温度调节充电电流，温度传感器贴装在电池表面。',
].join('\n')

/** Claim 1 amended from `from` to `to`; each finding with the text it flags. */
function amendClaim1(from: string, to: string, { jurisdiction = 'CN', description = DESCRIPTION_AS_FILED } = {}) {
  const after = [{ ...CLAIMS_AS_FILED[0]!, text: CLAIMS_AS_FILED[0]!.text.replace(from, to) }, CLAIMS_AS_FILED[1]!]
  const original = { claims: CLAIMS_AS_FILED.map((claim) => claim.text), description }
  return checkAddedMatter({ before: CLAIMS_AS_FILED, after, original }, jurisdiction as 'CN' | 'US')
    .map((finding) => ({ ...finding, flagged: after[finding.claim! - 1]!.text.slice(finding.start, finding.end) }))
}

const ADD_CURRENT_SENSOR = ['包括温度传感器。', '包括温度传感器和电流传感器。'] as const

describe('amendment.added-matter: a feature the application as filed never names', () => {
  it('says that 电流传感器, whose words the application as filed has only apart, goes beyond it (A33) unless disclosed in other words', () => {
    const findings = amendClaim1(...ADD_CURRENT_SENSOR, { description: '本发明涉及电池充电技术领域。' })
    expect(findings.map((finding) => [finding.rule, finding.claim, finding.flagged])).toEqual([[ADDED_MATTER, 1, '和电流传感器']])
    // A warning, not an error: the check reads characters, so a current sensor may still be disclosed in other words.
    expect(findings[0]!.severity).toBe('warning')
    expect(findings[0]!.message['zh-CN']).toBe(
      '修改加入的“和电流传感器”在原说明书和权利要求书中没有一起记载，其中的字词只分散出现在不同位置；'
      + '除非原申请文件以其他表述记载了该内容，该修改超出原说明书和权利要求书记载的范围，不符合专利法第33条',
    )
    expect(findings[0]!.message.en).toBe(
      'Adds “和电流传感器”, whose words the application as filed has only apart, never together; '
      + 'unless the application as filed discloses it in other words, this goes beyond the original disclosure (Patent Law A33)',
    )
  })

  it('reports 电流传感器 where one sentence as filed holds 电流 and 传感器 but names no current sensor', () => {
    const findings = amendClaim1(...ADD_CURRENT_SENSOR)
    expect(findings.map((finding) => [finding.severity, finding.flagged])).toEqual([['warning', '电流传感器']])
    expect(findings[0]!.message['zh-CN']).toBe(
      '修改加入的“电流传感器”在原说明书和权利要求书中没有记载，只有其中的字词出现在别处；'
      + '除非原申请文件以其他表述记载了该内容，该修改超出原说明书和权利要求书记载的范围，不符合专利法第33条',
    )
    expect(findings[0]!.hint).toBe(CLAIMS_AS_FILED[0]!.text)
  })

  it('names the provision of the office: 35 USC 132(a) for the US', () => {
    const [finding] = amendClaim1(...ADD_CURRENT_SENSOR, { jurisdiction: 'US' })
    expect(finding!.message.en).toContain('(35 USC 132(a))')
  })

  it('reports a feature whose words are nowhere as filed as an error, and accepts features the application names', () => {
    expect(amendClaim1('包括温度传感器。', '包括温度传感器和霍尔元件。').map((finding) => [finding.severity, finding.flagged])).toEqual([['error', '霍尔元件']])
    expect(amendClaim1('包括温度传感器。', '包括贴装在电池表面的温度传感器。')).toEqual([])
    // An ordinal numbers a feature the application names.
    expect(amendClaim1('包括温度传感器。', '包括第一温度传感器。')).toEqual([])
  })
})

describe('amendment.added-matter: an English feature the application as filed never names', () => {
  const before: ComparedClaim[] = [
    { id: 'c1', text: 'A battery charger comprising a controller and a temperature sensor, wherein the controller adjusts the charging current according to the temperature measured by the temperature sensor.' },
  ]
  const description = 'The charger has a housing with a cover. The cover is removable for servicing.'
  const amend = (from: string, to: string) => {
    const after = [{ ...before[0]!, text: before[0]!.text.replace(from, to) }]
    return checkAddedMatter({ before, after, original: { claims: before.map((claim) => claim.text), description } }, 'US')
      .map((finding) => [finding.severity, after[0]!.text.slice(finding.start, finding.end)])
  }

  it('warns of "a current sensor" in a sentence that holds "current" and "sensor" apart', () => {
    expect(amend('a temperature sensor,', 'a temperature sensor and a current sensor,')).toEqual([['warning', 'current sensor']])
  })

  it('accepts a quality the description states of a feature it names: "a removable cover"', () => {
    expect(amend('a temperature sensor,', 'a temperature sensor and a housing with a removable cover,')).toEqual([])
  })
})
