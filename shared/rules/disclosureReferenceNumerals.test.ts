import { describe, expect, it } from 'vitest'
import { disclosureReferenceNumerals } from './disclosureReferenceNumerals'
import { CN_DISCLOSURE, EN_DISCLOSURE } from './testing/disclosures'

describe('disclosure.reference-numerals', () => {
  it('accepts a Chinese disclosure whose numerals match the list, past figures, steps, quantities and units', () => {
    expect(disclosureReferenceNumerals.check({ jurisdiction: 'CN', fields: CN_DISCLOSURE })).toEqual([])
  })

  it('reports a Chinese numeral missing from the list, in its field, and a listed numeral never used', () => {
    const embodiments = `${CN_DISCLOSURE.embodiments}弹簧4压紧支腿2。`
    const findings = disclosureReferenceNumerals.check({
      jurisdiction: 'CN',
      fields: { ...CN_DISCLOSURE, embodiments, referenceNumerals: `${CN_DISCLOSURE.referenceNumerals}；5-挡板` },
    })
    expect(findings).toMatchObject([
      { severity: 'warning', field: 'embodiments', start: embodiments.indexOf('4压紧'), end: embodiments.indexOf('4压紧') + 1 },
      { field: 'referenceNumerals', message: { 'zh-CN': '附图标记说明中的“5 挡板”在正文中未使用' } },
    ])
  })

  it('accepts an English disclosure whose numerals match the list', () => {
    expect(disclosureReferenceNumerals.check({ jurisdiction: 'US', fields: EN_DISCLOSURE })).toEqual([])
  })

  it('reports an English numeral missing from the list and a listed numeral never used', () => {
    const findings = disclosureReferenceNumerals.check({
      jurisdiction: 'EP',
      fields: { ...EN_DISCLOSURE, keyFeatures: 'A spring 16 presses the legs 12.', referenceNumerals: `${EN_DISCLOSURE.referenceNumerals}\n18 cover` },
    })
    expect(findings).toMatchObject([
      { field: 'keyFeatures', message: { en: 'Reference numeral 16 is used but missing from the reference-numeral list' } },
      { field: 'referenceNumerals', message: { en: 'Reference numeral 18 (cover) is listed but never used in the text' } },
    ])
  })

  it('takes "4G网络" and "3D打印" for technical terms, not numerals missing from the list', () => {
    const embodiments = `${CN_DISCLOSURE.embodiments}数据通过4G网络上传，外壳由3D打印制成。`
    expect(disclosureReferenceNumerals.check({ jurisdiction: 'CN', fields: { ...CN_DISCLOSURE, embodiments } })).toEqual([])
  })

  it('takes a radar and a motor for parts, "100Hz" for a frequency, and a list’s closing full stop for no part of a name', () => {
    const fields = {
      ...CN_DISCLOSURE,
      technicalSolution: '毫米波雷达1朝向角反射器2，驱动马达3转动；采样率100Hz。',
      embodiments: '供电模块5为毫米波雷达1供电。',
      referenceNumerals: '1-毫米波雷达；2-角反射器；3-驱动马达；4-支架；5-供电模块。',
    }
    expect(disclosureReferenceNumerals.check({ jurisdiction: 'CN', fields })).toMatchObject([
      { field: 'referenceNumerals', message: { 'zh-CN': '附图标记说明中的“4 支架”在正文中未使用' } },
    ])
    const unusedLast = disclosureReferenceNumerals.check({ jurisdiction: 'CN', fields: { ...fields, embodiments: '' } })
    expect(unusedLast.map((f) => f.message['zh-CN'])).toContain('附图标记说明中的“5 供电模块”在正文中未使用')
  })

  it('takes a number before a measure word (16线, 4路, 8通道, 4核, 32位, 3层) for a quantity, and a part labelled before 位于 or 线圈 for a part', () => {
    const fields = {
      ...CN_DISCLOSURE,
      keyFeatures: '',
      protectionPoints: '',
      technicalSolution: '多线激光雷达2采用16线激光雷达，采集卡4设有8通道输入和4路输出，控制器5为4核32位处理器，外壳6为3层结构。',
      embodiments: '多线激光雷达2位于外壳6顶部，电机7线圈通电，控制器5经4路信号线读取数据。',
      referenceNumerals: '2-多线激光雷达；4-采集卡；5-控制器；6-外壳。',
    }
    expect(disclosureReferenceNumerals.check({ jurisdiction: 'CN', fields }).map((finding) => finding.message['zh-CN'])).toEqual([
      '附图标记“7”未列入附图标记说明',
    ])
  })

  it('says nothing about a disclosure without drawings or a numeral list', () => {
    expect(disclosureReferenceNumerals.check({ fields: { ...CN_DISCLOSURE, drawings: '', referenceNumerals: '' } })).toEqual([])
  })
})
