import { describe, expect, it } from 'vitest'
import { indefiniteTerm } from './indefiniteTerm'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'

const chineseClaim = (feature: string) => `1.一种支撑装置，其特征在于，${feature}。`
const englishClaim = (feature: string) => `1. A support device, wherein ${feature}.`

describe('claims.indefinite-term', () => {
  it('accepts Chinese claims without indefinite words', () => {
    expect(checkText(indefiniteTerm, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it.each([
    ['例如', '所述底座例如为圆形'],
    ['最好', '所述底座最好是圆形'],
    ['尤其是', '所述底座尤其是圆形底座'],
    ['必要时', '必要时所述底座可拆卸'],
    ['约', '所述底座的直径约5毫米'],
    ['大约', '所述底座的直径大约5毫米'],
    ['接近', '所述底座的直径接近5毫米'],
    ['等', '所述底座由铜、铝等金属制成'],
    ['或类似物', '所述底座由木材或类似物制成'],
    ['厚', '所述底座较厚'],
    ['薄', '所述支架很薄'],
    ['强', '所述支架的刚性强'],
    ['高温', '所述底座耐受高温'],
    ['优选', '所述底座优选为圆形'],
    // Relative terms of the kind the Guidelines name (§3.2.2: 厚、薄、强、弱、高温、高压、很宽范围等).
    ['低温', '所述底座在低温下工作'],
    ['较小', '所述支架的直径较小'],
    ['较大', '所述底座具有较大的直径'],
    ['较高', '所述底座在较高温度下工作'],
    ['较低', '所述支架的硬度较低'],
    ['很大', '所述底座的直径很大'],
    ['很小', '所述支架的间隙很小'],
    ['很高', '所述支架具有很高的强度'],
    ['很低', '所述底座的电阻很低'],
  ])('reports "%s" in a Chinese claim, at the word', (word, feature) => {
    const text = chineseClaim(feature)
    const findings = checkText(indefiniteTerm, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'warning', claim: 1 }])
    expect(located(text, 'CN', findings[0]!)).toBe(word)
  })

  it.each([
    ['强度', '所述支架的强度为200兆帕'],
    ['等于', '所述底座的直径等于所述支架的长度'],
    ['相等', '所述底座与所述支架的宽度相等'],
    ['等离子', '所述底座经等离子处理'],
    ['等分', '所述底座被等分为四个区域'],
    ['等距', '所述底座上等距设有四个孔'],
    ['等效', '所述支架的等效直径为5毫米'],
    ['等腰', '所述底座呈等腰三角形'],
    ['约束', '所述支架约束所述底座的转动'],
    ['节约', '所述底座节约材料'],
    ['约定', '所述支架按约定的位置安装'],
    ['厚度', '所述底座的厚度为5毫米'],
    ['壁厚', '所述支架的壁厚为2毫米'],
    ['薄膜', '所述底座上覆有薄膜'],
    ['高温合金', '所述底座由高温合金制成'],
    ['耐高温', '所述底座由耐高温塑料制成'],
    ['最高温度', '所述底座的最高温度为800℃'],
    ['最低温度', '所述底座的最低温度为-20℃'],
    ['升高温度', '通过加热器升高温度至80℃'],
    ['降低温度', '通过冷却器降低温度至5℃'],
    ['最高压力', '所述支架承受的最高压力为10兆帕'],
    ['低温等离子', '所述底座经低温等离子处理'],
    ['较小值', '所述支架的长度取第一长度和第二长度中的较小值'],
    ['比较高低', '将所述第一高度与所述第二高度比较高低'],
    ['比较大小', '将所述第一高度与所述第二高度比较大小'],
    ['较大值', '所述支架的长度取第一长度和第二长度中的较大值'],
    ['彼此接近', '两个滑块彼此接近的一面固定连接有滑杆'],
    ['接近开关', '所述底座上设有接近开关'],
  ])('does not report "%s" in a Chinese claim', (_word, feature) => {
    expect(checkText(indefiniteTerm, 'CN', chineseClaim(feature))).toEqual([])
  })

  it('accepts English claims without indefinite words', () => {
    expect(checkText(indefiniteTerm, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it.each([
    ['substantially', 'the base is substantially round'],
    ['about', 'the base is about 5 mm thick'],
    ['about', 'the base has a diameter of about one third of its length'],
    ['about', 'the base is about ½ as wide as the bracket'],
    ['approximately', 'the base is approximately round'],
    ['such as', 'the base is made of a metal such as steel'],
    ['preferably', 'the base is preferably round'],
    ['or the like', 'the base is made of wood or the like'],
    ['for example', 'the base is, for example, round'],
    ['e.g.', 'the base is made of metal, e.g. steel'],
  ])('reports "%s" in an English claim', (word, feature) => {
    const text = englishClaim(feature)
    const findings = checkText(indefiniteTerm, 'EP', text)
    expect(findings).toHaveLength(1)
    expect(located(text, 'EP', findings[0]!)).toBe(word)
  })

  it.each([
    ['rotate about an axis', 'the bracket is arranged to rotate about an axis of the base'],
    ['pivotable about', 'the bracket is pivotable about the hinge pin'],
    ['information about', 'the base stores information about the bracket'],
    ['such as to', 'the base is dimensioned such as to fit the bracket'],
  ])('does not report "%s" in an English claim', (_words, feature) => {
    expect(checkText(indefiniteTerm, 'US', englishClaim(feature))).toEqual([])
  })

  it.each([
    ['左右', '所述底座的直径为5毫米左右'],
    ['上下', '所述支架的倾角为30°上下'],
  ])('reports "%s" after a quantity in a Chinese claim', (word, feature) => {
    const text = chineseClaim(feature)
    const findings = checkText(indefiniteTerm, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'warning' }])
    expect(located(text, 'CN', findings[0]!)).toBe(word)
  })

  it.each([
    ['3.5英寸左右', '所述触摸屏的尺寸为3.5英寸左右'],
    ['100mm左右', '所述底座的长度为100mm左右'],
    ['5厘米左右', '所述底座的宽度为5厘米左右'],
    ['2米左右', '所述支架的高度为2米左右'],
    ['30秒左右', '所述加热时间为30秒左右'],
    ['5分钟左右', '所述保温时间为5分钟左右'],
    ['45度左右', '所述支架的倾角为45度左右'],
    ['12伏左右', '所述电源的电压为12伏左右'],
    ['2安左右', '所述电源的电流为2安左右'],
    ['220伏特上下', '所述电源的电压为220伏特上下'],
    ['5千瓦左右', '所述电机的功率为5千瓦左右'],
    ['三英寸左右', '所述触摸屏的尺寸为三英寸左右'],
    ['5毫升/分钟左右', '所述氨水的滴加速度为5毫升/分钟左右'],
    ['3米/秒左右', '所述传送带的速度为3米/秒左右'],
  ])('reports 左右 and 上下 after a number and a Chinese unit: %s', (_quantity, feature) => {
    const text = chineseClaim(feature)
    const findings = checkText(indefiniteTerm, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'warning' }])
    expect(['左右', '上下']).toContain(located(text, 'CN', findings[0]!))
  })

  it('reports each 左右 of a claim, whatever its unit', () => {
    const text = chineseClaim('所述底座的长度为200毫米左右，宽度为3英寸左右')
    const findings = checkText(indefiniteTerm, 'CN', text)
    expect(findings.map((finding) => located(text, 'CN', finding))).toEqual(['左右', '左右'])
    expect(findings[0]!.start).not.toBe(findings[1]!.start)
  })

  it('does not report 左右 and 上下 after a count of things placed left and right or one above the other', () => {
    expect(checkText(indefiniteTerm, 'CN', chineseClaim('所述底座上设有2个左右对称设置的支撑臂和两个上下分布的滑轨'))).toEqual([])
  })

  it('does not report 左右 and 上下 as positions', () => {
    expect(checkText(indefiniteTerm, 'CN', chineseClaim('所述底座的左右两侧设有上下滑动的滑块'))).toEqual([])
  })

  it('notes US terms of degree as info that asks for a standard in the description, and warns of them for CN and EP', () => {
    const us = checkText(indefiniteTerm, 'US', englishClaim('the base is about 5 mm thick and substantially round'))
    expect(us).toMatchObject([{ severity: 'info' }, { severity: 'info' }])
    expect(us[0]!.advice.en).toContain('standard')
    expect(checkText(indefiniteTerm, 'EP', englishClaim('the base is about 5 mm thick'))).toMatchObject([{ severity: 'warning' }])
    expect(checkText(indefiniteTerm, 'CN', chineseClaim('所述底座的直径约5毫米'))).toMatchObject([{ severity: 'warning' }])
  })

  it('warns of the relative terms "thin" and "thick" for the EP (Guidelines F-IV 4.6), not of a thin film or a measured thickness', () => {
    const text = englishClaim('the base has a thin wall, a thick rim, a thin film, a thick-film resistor, a rim 5 mm thick and a 2-mm-thick plate')
    expect(checkText(indefiniteTerm, 'EP', text).map((finding) => [finding.severity, located(text, 'EP', finding)])).toEqual([['warning', 'thin'], ['warning', 'thick']])
    // A term of degree for the USPTO: a note asking for the standard.
    expect(checkText(indefiniteTerm, 'US', text).map((finding) => finding.severity)).toEqual(['info', 'info'])
  })

  it('warns of exemplary wording in US claims', () => {
    expect(checkText(indefiniteTerm, 'US', englishClaim('the base is made of a metal such as steel'))).toMatchObject([{ severity: 'warning' }])
  })
})
