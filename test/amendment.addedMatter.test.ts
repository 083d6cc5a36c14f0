import { describe, expect, it } from 'vitest'
import { ADDED_MATTER, checkAddedMatter } from '../shared/amendment/addedMatter'
import { markUpAmendment } from '../shared/amendment/amendmentMarkup'
import type { ComparedClaim } from '../shared/editor/compareClaims'
import { cancel, cleanText, CN_116718812A_DESCRIPTION, corpusClaims, edit, US_20050004437A1_DESCRIPTION } from './amendmentCorpus'
import { readCorpusSets } from './corpus/corpus'

const CN = corpusClaims('CN-116718812A')
const US = corpusClaims('US-20050004437A1')

/** Each finding as [claim, severity, the flagged text]. */
function flagged(before: ComparedClaim[], after: ComparedClaim[], description: string, jurisdiction: 'CN' | 'US' | 'EP') {
  const findings = checkAddedMatter({ before, after, original: { claims: before.map((c) => c.text), description } }, jurisdiction)
  for (const finding of findings) expect(finding.rule).toBe(ADDED_MATTER)
  return findings.map((f) => [f.claim, f.severity, after[f.claim! - 1]!.text.slice(f.start, f.end)])
}

const cnFlagged = (after: ComparedClaim[]) => flagged(CN, after, CN_116718812A_DESCRIPTION, 'CN')
const usFlagged = (after: ComparedClaim[]) => flagged(US, after, US_20050004437A1_DESCRIPTION, 'US')
const withClaim1 = (claims: ComparedClaim[], claim1: ComparedClaim) => [claim1, ...claims.slice(1)]

describe('added matter in Chinese claims (CN-116718812A)', () => {
  it('accepts a span copied from the description', () => {
    expect(cnFlagged(withClaim1(CN, edit(CN[0]!, '电接触。', '电接触，所述接触端的表面镀有一层金。')))).toEqual([])
  })

  it('accepts a close paraphrase of one passage: only the joining words differ', () => {
    // The description: "温度传感器安装在测试座上，用于监测半导体器件的温度".
    expect(cnFlagged(withClaim1(CN, edit(CN[0]!, '电接触。', '电接触，其中，所述测试座上设置有用于监测所述半导体器件的温度的温度传感器。')))).toEqual([])
  })

  it('accepts dependent claim 2 merged into claim 1, with claim 2 cancelled and the rest renumbered', () => {
    const merged = edit(CN[0]!, '高硬度且可承受高电流的材料制成', '合金制成')
    expect(cnFlagged(cancel(withClaim1(CN, merged), 2))).toEqual([])
  })

  it('flags a species where only the genus is disclosed: 不锈钢 for 金属材料', () => {
    const findings = checkAddedMatter(
      { before: CN, after: withClaim1(CN, edit(CN[0]!, '高硬度且可承受高电流的材料', '不锈钢')), original: { claims: CN.map((c) => c.text), description: CN_116718812A_DESCRIPTION } },
      'CN',
    )
    expect(findings.map((f) => [f.claim, f.severity])).toEqual([[1, 'error']])
    expect(findings[0]!.message['zh-CN']).toBe('修改加入的“不锈钢”在原说明书和权利要求书中没有记载')
    // The nearest passage is claim 2's alloy; the description's 金属材料 names no steel either.
    expect(findings[0]!.hint).toBe('根据权利要求1所述的电接触端子，其特征在于，所述接触端由合金制成。')
  })

  it('flags a feature the application never mentions, and a value it does not give', () => {
    expect(cnFlagged(withClaim1(CN, edit(CN[0]!, '电接触。', '电接触，所述接触端内设有加热丝。')))).toEqual([[1, 'error', '内设有加热丝']])
    expect(cnFlagged([...CN, { id: 'c18', text: '根据权利要求2所述的电接触端子，其特征在于，所述接触端的厚度为8毫米。' }])).toEqual([[18, 'error', '8']])
  })

  it('warns of features disclosed only apart, never together', () => {
    // 绝缘套管 sits on the neck, the gold layer on the contact end: the description never combines them.
    expect(cnFlagged(withClaim1(CN, edit(CN[0]!, '电接触。', '电接触，所述接触端的表面镀有绝缘套管。')))).toEqual([[1, 'warning', '所述接触端的表面镀有绝缘套管']])
  })

  it('flags nothing for a deletion-only amendment', () => {
    const deleted = edit(edit(CN[0]!, '对称并排布置的一对接触引脚', '一对接触引脚'), '可拆卸地安装在', '安装在')
    expect(cnFlagged(withClaim1(CN, deleted))).toEqual([])
  })

  it('flags nothing when claims are only cancelled and renumbered, their references updated', () => {
    expect(cnFlagged(cancel(CN, 2, 4))).toEqual([])
  })
})

describe('added matter in English claims (US-20050004437A1)', () => {
  it('accepts a span copied from the description', () => {
    expect(usFlagged(withClaim1(US, edit(US[0]!, 'a housing;', 'a housing;\na battery which is held in the housing;')))).toEqual([])
  })

  it('accepts a close paraphrase: stems match, joining words differ', () => {
    expect(usFlagged(withClaim1(US, edit(US[0]!, 'a housing;', 'a housing on which a loudspeaker is mounted, the loudspeaker playing a warning tone;')))).toEqual([])
  })

  it('accepts dependent claim 2 merged into claim 1', () => {
    const merged = edit(US[0]!, 'virtual creature.', 'virtual creature; and wherein said simulation device has an input device.')
    expect(usFlagged(cancel(withClaim1(US, merged), 2))).toEqual([])
  })

  it('flags a species where only the genus is disclosed: a lithium-ion cell for a battery', () => {
    const findings = checkAddedMatter(
      {
        before: US,
        after: withClaim1(US, edit(US[0]!, 'a housing;', 'a housing holding a lithium-ion cell that powers the simulation device;')),
        original: { claims: US.map((c) => c.text), description: US_20050004437A1_DESCRIPTION },
      },
      'US',
    )
    expect(findings.map((f) => [f.claim, f.severity, f.message.en])).toEqual([
      [1, 'error', 'Adds “lithium-ion cell”, which the application as filed does not disclose'],
    ])
    expect(findings[0]!.hint).toBe('The simulation device is powered by a battery which is held in the housing.')
    expect(findings[0]!.advice.en).toContain('35 USC 132(a)')
  })

  it('flags a new claim with a feature never disclosed, pointing at the feature', () => {
    const added = { id: 'c11', text: 'The simulation device as set forth in claim 1, wherein the housing vibrates when a reading exceeds a threshold.' }
    expect(usFlagged([...US, added])).toEqual([[11, 'error', 'vibrates']])
  })

  it('flags nothing for a deletion-only amendment, or claims only cancelled and renumbered', () => {
    expect(usFlagged(withClaim1(US, edit(US[0]!, 'a display means; and\n', '')))).toEqual([])
    expect(usFlagged(cancel(US, 2, 3))).toEqual([])
  })

  it('applies the same test under Art 123(2) EPC', () => {
    const findings = checkAddedMatter(
      { before: US, after: withClaim1(US, edit(US[0]!, 'a housing;', 'a housing;\na lithium-ion cell;')), original: { claims: US.map((c) => c.text), description: US_20050004437A1_DESCRIPTION } },
      'EP',
    )
    expect(findings[0]!.advice.en).toContain('Art 123(2) EPC')
  })
})

describe('what the application as filed says a thing is', () => {
  const check = (claims: string[], amended: string[], description: string, jurisdiction: 'CN' | 'US') => {
    const before = claims.map((text, index) => ({ id: `c${index + 1}`, text }))
    const after = amended.map((text, index) => ({ id: `c${index + 1}`, text }))
    return flagged(before, after, description, jurisdiction)
  }

  it('reads "the wireless module is a GSM module" wherever the wireless module is named', () => {
    const claims = ['1. A bridge monitoring system comprising a radar and a processor.']
    const amended = ['1. A bridge monitoring system comprising a radar, a processor, and a GSM module configured to transmit an alert.']
    const description = 'The processor issues an alert. A wireless module transmits the alert to a phone. The wireless module is a GSM module.'
    expect(check(claims, amended, description, 'US')).toEqual([])
    // Without the sentence that says what the module is, the GSM module transmitting stays apart.
    expect(check(claims, amended, description.replace('The wireless module is a GSM module.', 'A GSM module is known.'), 'US'))
      .toEqual([[1, 'warning', 'GSM module configured to transmit an alert']])
  })

  it('reads "所述无线模块为GSM模块" the same way in Chinese', () => {
    const claims = ['1.一种桥梁监测系统，包括雷达和处理器。']
    const amended = ['1.一种桥梁监测系统，包括雷达和处理器，还包括用于发送报警信息的GSM模块。']
    const description = '处理器生成报警信息。无线模块发送报警信息至手机。所述无线模块为GSM模块。'
    expect(check(claims, amended, description, 'CN')).toEqual([])
    expect(check(claims, amended, description.replace('所述无线模块为GSM模块。', '已知GSM模块。'), 'CN')).not.toEqual([])
  })
})

describe('added matter across the whole corpus', () => {
  const sets = readCorpusSets().map((set) => ({ set, claims: corpusClaims(set.id) }))

  /** Every single-reference dependent claim's limitation spliced into the claim it refers to. */
  function merges() {
    return sets.flatMap(({ set, claims }) =>
      set.claims
        .filter((claim) => claim.dependsOn?.length === 1)
        .flatMap((claim) => {
          const zh = set.jurisdiction === 'CN'
          const text = claims[claim.number - 1]!.text
          const limitation = (zh ? /(?:其特征在于|特征在于)[，,：:]?(.*?)[。.]?\s*$/s : /,\s*(?:wherein|further comprising|in which|characterized in that)\s*(.*?)\.?\s*$/is).exec(text)?.[1]
          if (!limitation) return []
          const parent = claims[claim.dependsOn[0]! - 1]!
          const merged = { ...parent, text: `${parent.text.replace(/[。.]\s*$/, '')}${zh ? '，' : ', wherein '}${limitation}${zh ? '。' : '.'}` }
          return [{ set, claims, merged, after: claims.map((c) => (c.id === parent.id ? merged : c)) }]
        }),
    )
  }

  it('flags none of the 199 dependent claims merged into their parent claims, and marks each merge exactly', () => {
    const all = merges()
    expect(all.length).toBe(199)
    for (const { set, claims, merged, after } of all) {
      const findings = checkAddedMatter({ before: claims, after, original: { claims: claims.map((c) => c.text), description: '' } }, set.jurisdiction)
      expect(findings, `${set.id}: ${merged.text.slice(0, 60)}`).toEqual([])
      const marked = markUpAmendment({ filed: claims, examined: claims, amended: after }, 'CN').claims.find((c) => c.previousNumber === claims.indexOf(claims.find((c) => c.id === merged.id)!) + 1)!
      expect(cleanText(marked.runs)).toBe(merged.text)
    }
  })

  it('flags a material no set discloses, added to claim 1 of every set', () => {
    for (const { set, claims } of sets) {
      const zh = set.jurisdiction === 'CN'
      const claim1 = { ...claims[0]!, text: `${claims[0]!.text.replace(/[。.]\s*$/, '')}${zh ? '，其中所述装置由氮化镓陶瓷制成。' : ', wherein the housing is formed of gallium nitride ceramic.'}` }
      const findings = checkAddedMatter({ before: claims, after: [claim1, ...claims.slice(1)], original: { claims: claims.map((c) => c.text), description: '' } }, set.jurisdiction)
      // The flagged span holds the material, and whatever else of the clause the set never names (装置 in a 系统 claim set).
      expect(findings.map((f) => claim1.text.slice(f.start, f.end)), set.id).toEqual([expect.stringContaining(zh ? '氮化镓陶瓷' : 'gallium nitride ceramic')])
    }
  })
})

describe('reading English words by their stems', () => {
  it('finds "thickness" in "thick" and "releasably" in "releasable", not "stainless" in "steel"', () => {
    const before = [{ id: 'c1', text: 'A clamp comprising a plate.' }]
    const original = { claims: [before[0]!.text], description: 'The plate is 5 mm thick and is releasable from the clamp. The clamp is made of steel.' }
    const check = (text: string) => checkAddedMatter({ before, after: [{ id: 'c1', text }], original }, 'US').map((f) => text.slice(f.start, f.end))
    expect(check('A clamp comprising a plate having a thickness of 5 mm, the plate being releasably held by the clamp.')).toEqual([])
    expect(check('A clamp comprising a plate, wherein the clamp is made of stainless steel.')).toEqual(['stainless'])
  })
})
