import { describe, expect, it } from 'vitest'
import { cellKey, distinguishingFeatures, distinguishingParagraph, emptyClaimChart, readClaimChart, splitFeatures, writeClaimChart } from './claimChart'

const CLAIM = '一种输电线路覆冰监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有倾角传感器（2）和拉力传感器（3）。'

describe('claim chart', () => {
  it('splits a two-part Chinese claim and an English claim into their features', () => {
    expect(splitFeatures(CLAIM)).toEqual(['一种输电线路覆冰监测装置', '包括夹持座（1）', '所述夹持座（1）上设置有倾角传感器（2）和拉力传感器（3）'])
    expect(splitFeatures('A fastener comprising: a clip; and a spring, wherein the spring is steel.')).toEqual([
      'A fastener comprising',
      'a clip',
      'a spring',
      'the spring is steel',
    ])
  })

  it('derives the distinguishing features from what the closest prior art discloses in full', () => {
    const chart = {
      ...emptyClaimChart(),
      claim: 1,
      closest: 1,
      features: splitFeatures(CLAIM),
      cells: {
        [cellKey(0, 1)]: { state: 'disclosed' as const, passage: '[0005]' },
        [cellKey(1, 1)]: { state: 'disclosed' as const, passage: '图1' },
        [cellKey(2, 1)]: { state: 'partly' as const, passage: '[0012]' },
        [cellKey(2, 2)]: { state: 'disclosed' as const, passage: '[0020]' },
      },
      problem: '在大风条件下准确测量覆冰厚度',
      problemPassage: '说明书第[0032]段',
    }
    expect(distinguishingFeatures(chart)).toEqual(['所述夹持座（1）上设置有倾角传感器（2）和拉力传感器（3）'])
    expect(distinguishingParagraph(chart, 'zh-CN')).toBe(
      'D1是最接近的现有技术。权利要求1与D1的区别技术特征在于：1）所述夹持座（1）上设置有倾角传感器（2）和拉力传感器（3）。基于上述区别技术特征，本发明实际解决的技术问题是在大风条件下准确测量覆冰厚度（说明书第[0032]段）。',
    )
    expect(readClaimChart(writeClaimChart(chart))).toEqual(chart)
  })

  it('reads a missing or broken chart as an empty one', () => {
    expect(readClaimChart('')).toEqual(emptyClaimChart())
    expect(readClaimChart('{not json')).toEqual(emptyClaimChart())
  })
})
