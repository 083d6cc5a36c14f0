import { describe, expect, it } from 'vitest'
import { analyzeClaimSet } from '../rules/analyze'
import { parseClaimList } from './parseClaims'
import type { Jurisdiction, ParsedClaim } from './types'

function parseSet(jurisdiction: Jurisdiction, ...texts: string[]): ParsedClaim[] {
  return parseClaimList(texts.map((text, index) => ({ number: index + 1, text })), { jurisdiction })
}

/** "introduced:term" / "referenced:term" for each mention, in text order. */
const mentions = (claim: ParsedClaim | undefined) => claim?.terms.map((term) => `${term.kind}:${term.term}`) ?? []

/** The terms a claim refers back to, each as written at its range. */
const referencedAsWritten = (claim: ParsedClaim | undefined) =>
  claim?.terms.filter((term) => term.kind === 'referenced').map((term) => claim.text.slice(term.range.start, term.range.end)) ?? []

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

  it('writes a term in lower case with single spaces, whatever the spacing of the claim', () => {
    const [claim] = parseSet('US', 'A Widget comprising a Support  Member, wherein the support\tmember is rigid.')
    expect(mentions(claim)).toEqual(['introduced:widget', 'introduced:support member', 'referenced:support member'])
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

  it('reads every item of a list that runs past 200 characters: …导热垫、第一温度传感器和第二温度传感器，分别用于…', () => {
    const [first, second] = parseSet('CN',
      '一种电池包液冷散热结构，包括箱体、设置于所述箱体内的多个电芯、设置于所述电芯底部并与所述电芯导热接触的液冷板、' +
      '连接于所述液冷板进液口的分流阀、用于驱动冷却液在所述液冷板内循环流动的循环泵、设置于所述箱体外侧并与所述循环泵电连接的控制器、' +
      '设置在所述箱体顶部用于封闭所述箱体的上盖、设置在所述箱体底部用于支撑所述液冷板的支撑梁、设置在所述液冷板与所述电芯之间的导热垫、' +
      '设置于所述箱体侧壁并与所述控制器通信连接的电池管理模块、第一温度传感器和第二温度传感器，分别用于检测所述电芯两侧的温度；' +
      '其特征在于，所述液冷板内设有第一流道和第二流道。',
      '根据权利要求1所述的电池包液冷散热结构，其特征在于，所述第一温度传感器和所述第二温度传感器贴附在所述电芯的侧面。')
    expect(mentions(first)).toContain('introduced:第一温度传感器')
    expect(mentions(first)).toContain('introduced:第二温度传感器')
    expect(referencedAsWritten(second)).toEqual(['第一温度传感器', '第二温度传感器', '电芯'])
  })

  it('reads the head a clause before 的 describes after a quantifier: 两个连接所述底座的支撑杆, 2个左右对称设置的夹紧机构', () => {
    const [claim] = parseSet('CN', '一种支架，包括底座，其特征在于，所述底座上设有两个连接所述底座的支撑杆和2个左右对称设置的夹紧机构，所述夹紧机构夹持所述支撑杆，两个电机的输出轴相连。')
    expect(mentions(claim)).toEqual([
      'introduced:支架', 'introduced:底座', 'referenced:底座', 'referenced:底座', 'introduced:支撑杆', 'introduced:夹紧机构',
      'referenced:夹紧机构', 'referenced:支撑杆', 'introduced:电机',
    ])
  })

  it('reports a term that no claim introduces, as in the published claim', () => {
    const [, second] = parseSet('CN', '一种电机，包括第一端盖和第二端盖。', '根据权利要求1所述的电机，其特征在于，所述左端盖远离所述第一端盖。')
    expect(mentions(second)).toEqual(['referenced:左端盖', 'referenced:第一端盖'])
  })
})

describe('where a Chinese back-reference ends', () => {
  it('ends 所述X at a verb that takes a referenced object: 所述第一生物体信息生成所述… (CN-110326254B claims 1 and 7)', () => {
    const [claim] = parseSet('CN', '一种生物体签名系统，包括处理器，所述处理器获取所述第一生物体信息和所述第二生物体信息，根据获取到的所述第一生物体信息生成所述认证对象的第一模板。')
    expect(referencedAsWritten(claim)).toEqual(['处理器', '第一生物体信息', '第二生物体信息', '第一生物体信息', '认证对象'])
  })

  it('ends 所述X at a verb that closes the clause: 驱动所述手指关节动作 (CN-119906226A claim 1)', () => {
    const [claim] = parseSet('CN', '一种空心杯电机，其特征在于，所述空心杯电机用于直接与机器人灵巧手的手指关节相连并驱动所述手指关节动作，所述空心杯电机包括机壳。')
    expect(referencedAsWritten(claim)).toContain('手指关节')
    expect(mentions(claim)).toContain('introduced:手指关节')
  })

  it('takes the longest introduced term written after 所述: 所述覆冰类型选取冰密度 refers to 覆冰类型', () => {
    const claims = parseSet('CN',
      '一种覆冰厚度在线监测装置，包括处理单元（5）和温湿度传感器（4），所述处理单元（5）根据所述温湿度传感器（4）的数据判断覆冰类型。',
      '根据权利要求1所述的覆冰厚度在线监测装置，其特征在于，所述处理单元（5）根据所述覆冰类型选取冰密度，并计算等值覆冰厚度。')
    expect(referencedAsWritten(claims[1])).toEqual(['处理单元', '覆冰类型'])
  })

  it('ends 所述X at 为: 所述弹簧为钢制 refers to 弹簧', () => {
    const [, second] = parseSet('CN', '一种装置，包括支架和弹簧。', '根据权利要求1所述的装置，其特征在于，所述弹簧为钢制。')
    expect(mentions(second)).toEqual(['referenced:弹簧'])
  })

  it('keeps a verb that names a thing inside the term: 所述信号生成器, 所述输出轴', () => {
    const [, second] = parseSet('CN', '一种装置，包括信号生成器和输出轴。', '根据权利要求1所述的装置，其特征在于，所述信号生成器驱动所述输出轴。')
    expect(mentions(second)).toEqual(['referenced:信号生成器', 'referenced:输出轴'])
  })

  it('reads the term after 的 when 所述 is followed by a verb alone: 该生成的第二模板', () => {
    const [claim] = parseSet('CN', '一种签名系统，包括存储器，所述存储器保持第二模板，并生成第二模板，将该生成的第二模板进行比较。')
    expect(referencedAsWritten(claim)).toEqual(['存储器', '第二模板'])
  })

  it('keeps a term that opens with 预设/预定 whole past 时, 上 and a naming verb: 所述预设时长, 预定时间间隔, 预设上限值', () => {
    const [first, second, third] = parseSet('CN',
      '一种电池管理方法，包括：检测电池的电压值；当所述电压值低于预设阈值且持续第一预设时长时，发出报警信号；在预定时间间隔后重新检测所述电压值。',
      '根据权利要求1所述的电池管理方法，其特征在于，所述第一预设时长为5秒，所述预定时间间隔为10分钟。',
      '根据权利要求1所述的电池管理方法，其特征在于，当所述电压值高于预设上限值时，断开充电回路，所述预设上限值为4.2V，所述预设间隔为5秒。')
    expect(mentions(first)).toContain('introduced:第一预设时长')
    expect(mentions(first)).toContain('introduced:预定时间间隔')
    expect(referencedAsWritten(second)).toEqual(['第一预设时长', '预定时间间隔'])
    expect(referencedAsWritten(third)).toEqual(['电压值', '预设上限值', '预设间隔'])
  })

  it.each([
    ['所述转速提高10%', ['转速']],
    ['所述转速增加至3000转/分钟', ['转速']],
    ['所述温度升至50℃', ['温度']],
    ['所述温度降至室温', ['温度']],
    ['所述压力减少一半', ['压力']],
    ['所述行程缩短2毫米', ['行程']],
    ['所述延长杆延长5厘米', ['延长杆']],
    ['所述提升机构提升所述料斗', ['提升机构', '料斗']],
    ['所述增加量为5%', ['增加量']],
  ])('ends 所述X before a verb of change, keeping names that hold one: %s', (feature, terms) => {
    // Nothing introduces these terms with a marker, so no known term ends the reference.
    const [, second] = parseSet('CN', '一种风机，包括电机，所述电机带动料斗。', `根据权利要求1所述的风机，其特征在于，${feature}。`)
    expect(referencedAsWritten(second)).toEqual(terms)
  })

  it.each([
    ['所述温度较高时，所述电机停止', ['温度', '电机']],
    ['所述温度较低时，所述电机启动', ['温度', '电机']],
    ['所述转速很高', ['转速']],
    ['所述压力更大时', ['压力']],
    ['所述行程较小', ['行程']],
    ['所述机壳较为简单', ['机壳']],
  ])('ends 所述X before an adverb of comparison and the quality it compares: %s', (feature, terms) => {
    // Nothing introduces these terms with a marker, so no known term ends the reference.
    const [, second] = parseSet('CN', '一种风机，包括电机，所述电机带动料斗。', `根据权利要求1所述的风机，其特征在于，${feature}。`)
    expect(referencedAsWritten(second)).toEqual(terms)
  })

  it.each([
    ['所述比较器较小', ['比较器']],
    ['所述电池更换装置很大', ['电池更换装置']],
    ['所述更新模块较快', ['更新模块']],
  ])('keeps names that hold 较, 很 or 更 whole: %s', (feature, terms) => {
    const [, second] = parseSet('CN', '一种风机，包括电机，所述电机带动料斗。', `根据权利要求1所述的风机，其特征在于，${feature}。`)
    expect(referencedAsWritten(second)).toEqual(terms)
  })

  it('still ends a term at a localiser after a name of two characters: 所述机壳上设有, 所述电机工作时', () => {
    const [, second] = parseSet('CN', '一种装置，包括机壳和电机。', '根据权利要求1所述的装置，其特征在于，所述机壳上设有散热孔，所述电机运行时，所述风扇转动。')
    expect(referencedAsWritten(second)).toEqual(['机壳', '电机', '风扇'])
  })

  it.each([
    ['所述第一阈值约为0.5 ppm/s', ['第一阈值']],
    ['所述上升速率大约为0.5ppm/s', ['上升速率']],
    ['所述第一阈值约0.5ppm/s', ['第一阈值']],
    ['所述第一阈值约等于所述第二阈值', ['第一阈值', '第二阈值']],
    ['所述第一阈值近似为0.5', ['第一阈值']],
    ['所述第一阈值接近于零', ['第一阈值']],
    ['所述壳体基本呈圆柱形', ['壳体']],
    ['所述壳体基本上为圆柱形', ['壳体']],
    ['所述壳体大致与所述底座平行', ['壳体', '底座']],
    ['所述壳体大致上为方形', ['壳体']],
    ['所述壳体大体为方形', ['壳体']],
    ['所述壳体实质上为方形', ['壳体']],
    ['所述壳体几乎不变形', ['壳体']],
    ['所述壳体左右两侧设有弹簧', ['壳体']],
    ['所述第一阈值略大于所述第二阈值', ['第一阈值', '第二阈值']],
    ['所述第一阈值稍小于所述第二阈值', ['第一阈值', '第二阈值']],
    ['所述第一阈值一般为0.5', ['第一阈值']],
    ['所述第一阈值通常为0.5', ['第一阈值']],
    ['所述第一阈值应为0.5', ['第一阈值']],
    ['所述第一阈值应当小于所述第二阈值', ['第一阈值', '第二阈值']],
    ['所述第一阈值须为0.5', ['第一阈值']],
    ['所述第一阈值必须大于零', ['第一阈值']],
  ])('ends 所述X before a word of degree or obligation that opens the predicate: %s', (feature, terms) => {
    const [claim] = parseSet('CN', `一种检测方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual(terms)
  })

  it.each([
    ['所述第一约束件为钢制', '第一约束件'],
    ['所述最大约束力为10牛', '最大约束力'],
    ['所述最大体积为10升', '最大体积'],
    ['所述智能合约为程序', '智能合约'],
    ['所述控制策略为比例控制', '控制策略'],
    ['所述第一近似值为0.5', '第一近似值'],
    ['所述第一接近开关为电感式', '第一接近开关'],
    ['所述第一基本单元为方形', '第一基本单元'],
    ['所述第一响应为阶跃信号', '第一响应'],
    ['所述第一触须为弹性件', '第一触须'],
  ])('keeps a name that holds such a word: %s', (feature, term) => {
    const [claim] = parseSet('CN', `一种检测方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual([term])
  })

  it.each([
    ['所述温度传感器贴附在所述电芯的侧面', ['温度传感器', '电芯']],
    ['所述温度传感器贴附于所述电芯', ['温度传感器', '电芯']],
    ['增大所述分流阀通往温度较高一侧流道的开度', ['分流阀']],
    ['所述分流阀通向所述液冷板', ['分流阀', '液冷板']],
    ['所述温度传感器粘贴在所述电芯上', ['温度传感器', '电芯']],
    ['所述温度传感器粘接于所述电芯', ['温度传感器', '电芯']],
    ['所述温度传感器嵌装在所述液冷板内', ['温度传感器', '液冷板']],
    ['所述温度传感器紧贴所述电芯', ['温度传感器', '电芯']],
    ['所述温度传感器放置在所述液冷板上', ['温度传感器', '液冷板']],
    ['所述温度传感器排列在所述液冷板上', ['温度传感器', '液冷板']],
    ['所述温度传感器布置于所述箱体内', ['温度传感器', '箱体']],
  ])('ends 所述X before a verb of placement or passage that no claim introduced it with: %s', (feature, terms) => {
    // 分流阀 and 温度传感器 are introduced without a marker, so nothing known ends the reference.
    const [, second] = parseSet('CN', '一种电池包，包括箱体、液冷板和电芯，所述液冷板经分流阀与温度传感器相连。', `根据权利要求1所述的电池包，其特征在于，${feature}。`)
    expect(referencedAsWritten(second)).toEqual(terms)
  })

  it('ends 所述X before a step of a process done to it: 利用所述训练集训练初始模型, 所述抗氧剂混合均匀, 将所述混合料加入挤出机', () => {
    const [first, second] = parseSet('CN',
      '一种检测模型的训练方法，包括：将样本集划分为训练集和测试集；利用所述训练集训练初始模型，直至损失函数收敛。',
      '一种薄膜的制备方法，包括：将原料与所述增塑剂和所述抗氧剂混合均匀，得到混合料；将所述混合料加入双螺杆挤出机中熔融挤出。')
    expect(referencedAsWritten(first)).toEqual(['训练集'])
    expect(referencedAsWritten(second)).toEqual(['增塑剂', '抗氧剂', '混合料'])
  })

  it('ends 所述X before a verb that closes the clause: 控制所述待测设备停机，', () => {
    const [claim] = parseSet('CN', '一种预警装置，包括预警模块，所述预警模块用于控制待测设备，并在故障时控制所述待测设备停机，或使所述待测设备开机。')
    expect(referencedAsWritten(claim)).toEqual(['预警模块', '待测设备', '待测设备'])
  })

  it.each([
    ['所述储能电池由所述光伏组件充电', ['储能电池', '光伏组件']],
    ['所述储能电池由所述光伏组件充电后启动所述电机', ['储能电池', '光伏组件', '电机']],
    ['所述储能电池由所述电源供电并由所述控制器控制', ['储能电池', '电源', '控制器']],
    ['所述储能电池由所述电机驱动', ['储能电池', '电机']],
    ['所述储能电池由所述电机驱动旋转', ['储能电池', '电机']],
    ['所述储能电池由所述电机驱动而转动', ['储能电池', '电机']],
    ['所述储能电池由所述电机带动转动', ['储能电池', '电机']],
    ['所述储能电池由所述控制器控制', ['储能电池', '控制器']],
    ['所述储能电池由所述弹簧复位', ['储能电池', '弹簧']],
    ['所述储能电池由所述加热丝加热', ['储能电池', '加热丝']],
    ['所述储能电池由所述风扇冷却至室温', ['储能电池', '风扇']],
    ['所述储能电池由所述传感器检测', ['储能电池', '传感器']],
    ['所述储能电池由所述采集卡采集', ['储能电池', '采集卡']],
    ['所述储能电池由所述底座支撑', ['储能电池', '底座']],
    ['所述储能电池由所述电池单体组成', ['储能电池', '电池单体']],
    ['所述储能电池被所述弹簧复位', ['储能电池', '弹簧']],
    ['所述储能电池为由所述光伏组件充电的锂电池', ['储能电池', '光伏组件']],
  ])('ends the agent of a passive 由所述X/被所述X before the verb that closes the phrase: %s', (feature, terms) => {
    // Nothing introduces these agents with a marker: only the verb after them can end the reference.
    const [, second] = parseSet('CN', '一种光伏组件清扫装置，包括储能电池。', `根据权利要求1所述的光伏组件清扫装置，其特征在于，${feature}。`)
    expect(referencedAsWritten(second)).toEqual(terms)
  })

  it.each([
    ['所述储能电池由所述电机驱动器驱动', '电机驱动器'],
    ['所述储能电池由所述充电桩充电', '充电桩'],
    ['所述储能电池由所述供电电源供电', '供电电源'],
    ['所述储能电池由所述温度检测模块检测', '温度检测模块'],
    ['所述储能电池由所述温度控制单元控制', '温度控制单元'],
    ['所述储能电池由所述数据采集处理模块处理', '数据采集处理模块'],
    ['所述储能电池由所述弹簧复位件复位', '弹簧复位件'],
  ])('keeps the name of a passive agent that holds a verb: %s', (feature, term) => {
    const [, second] = parseSet('CN', '一种光伏组件清扫装置，包括储能电池。', `根据权利要求1所述的光伏组件清扫装置，其特征在于，${feature}。`)
    expect(referencedAsWritten(second)).toEqual(['储能电池', term])
  })

  it('keeps the names such a step gives things: 所述训练样本, 所述混合物, 所述加热器, 所述反应釜', () => {
    const [claim] = parseSet('CN', '一种制备方法，其特征在于，所述训练样本、所述混合物、所述加热器、所述冷却液和所述反应釜为一组。')
    expect(referencedAsWritten(claim)).toEqual(['训练样本', '混合物', '加热器', '冷却液', '反应釜'])
  })

  it('ends 所述X before an attribute written right after it: 所述淀粉质量的1%-3% names the mass of 淀粉', () => {
    const [, second] = parseSet('CN',
      '一种包装薄膜，由聚乳酸和淀粉制成，所述淀粉为玉米淀粉。',
      '根据权利要求1所述的包装薄膜，其特征在于，偶联剂的用量为所述淀粉质量的1%-3%，所述聚乳酸含量大于所述淀粉含量。')
    expect(referencedAsWritten(second)).toEqual(['淀粉', '聚乳酸', '淀粉'])
  })

  it.each([
    ['所述工件放置槽为矩形', '工件放置槽'],
    ['所述线缆布置方式为环形', '线缆布置方式'],
    ['所述温度分布曲线为抛物线', '温度分布曲线'],
  ])('keeps a name that holds a verb of placement: %s', (feature, term) => {
    const [claim] = parseSet('CN', `一种检测方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual([term])
  })

  it.each([
    ['所述风偏角对所述读数进行修正', ['风偏角', '读数']],
    ['所述风偏角对拉力传感器的读数进行风载补偿', ['风偏角']],
    ['所述风偏角对拉力传感器（3）的读数进行风载补偿', ['风偏角']],
    ['所述处理单元向所述服务器发送数据', ['处理单元', '服务器']],
    ['所述处理单元向服务器发送数据', ['处理单元']],
    ['所述滑块向上移动', ['滑块']],
    ['所述滑块朝所述底座移动', ['滑块', '底座']],
    ['所述滑块往所述底座移动', ['滑块', '底座']],
    ['所述滑块按所述轨迹移动', ['滑块', '轨迹']],
    ['所述处理单元对两个所述读数进行平均', ['处理单元', '读数']],
    ['所述风偏角从所述倾角传感器读取', ['风偏角', '倾角传感器']],
    ['所述风偏角与所述阈值进行比较', ['风偏角', '阈值']],
  ])('ends 所述X before a preposition that opens a verb phrase with its object: %s', (feature, terms) => {
    const [claim] = parseSet('CN', `一种检测方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual(terms)
  })

  it.each([
    ['所述电极对的间距为5毫米', ['电极对']],
    ['所述电极对设置在所述底座上', ['电极对', '底座']],
    ['所述第一对电极对所述液体施加电场', ['第一对电极', '液体']],
    ['所述第一方向上设有凸起', ['第一方向']],
    ['所述风向对所述读数进行修正', ['风向', '读数']],
    ['所述导向件向所述底座延伸', ['导向件', '底座']],
    ['所述径向凸起为圆柱形', ['径向凸起']],
    ['所述绝对值传感器检测所述转轴', ['绝对值传感器', '转轴']],
    ['所述相对湿度为50%', ['相对湿度']],
    ['所述启动按钮为自复位按钮', ['启动按钮']],
    ['所述万向轮的数量为四个', ['万向轮']],
    ['所述对称轴对准所述中心', ['对称轴', '中心']],
  ])('keeps a name that holds such a preposition, or one it does not open a verb phrase with: %s', (feature, terms) => {
    const [claim] = parseSet('CN', `一种检测方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual(terms)
  })

  it('ends a name with a symbol after it before the preposition that follows: 所述风偏角θ对所述…, 所述弹簧（4）对所述…', () => {
    const [first, second] = parseSet('CN',
      '一种监测装置，包括倾角传感器、弹簧（4）和处理单元，所述处理单元根据所述倾角传感器测得的风偏角θ对拉力进行补偿。',
      '根据权利要求1所述的监测装置，其特征在于，所述风偏角θ对所述拉力的补偿量为5%，所述弹簧（4）对所述处理单元施加压力，所述风偏角对所述弹簧的压力无影响。')
    expect(referencedAsWritten(second)).toEqual(['风偏角θ', '拉力', '弹簧', '处理单元', '风偏角', '弹簧'])
    // 风偏角θ is introduced where claim 1 writes it; termKey.supports lets it introduce 风偏角 too.
    expect(mentions(first)).toContain('introduced:风偏角θ')
    expect(mentions(first)).toContain('introduced:弹簧')
  })

  it.each([
    ['当所述候选障碍物所在的栅格内存在目标点时', ['候选障碍物']],
    ['所述部件所属的类别为第一类', ['部件']],
    ['所述传感器所采集的数据为点云', ['传感器']],
    ['当所述距离介于第二距离和所述第一距离之间时', ['距离', '第一距离']],
    ['所述部件属于第一类', ['部件']],
    ['控制所述机器人沿所述新路径行驶', ['机器人', '新路径']],
    ['所述机器人后退', ['机器人']],
    ['将所述巡检地图划分为多个栅格单元', ['巡检地图']],
    ['所述巡检地图分为两个区域', ['巡检地图']],
    ['所述巡检地图分割成两个区域', ['巡检地图']],
    ['则所述机器人原地等待', ['机器人']],
    ['所述机器人停留，所述服务器接收到所述报警信息后，通知用户', ['机器人', '服务器', '报警信息']],
    ['接收到所述巡检数据后生成巡检报告', ['巡检数据']],
    ['所述巡检数据之后上传', ['巡检数据']],
    ['在发送所述巡检数据前将其压缩', ['巡检数据']],
  ])('ends 所述X before the clause that follows it: 所在, 介于, a verb of travel or division, 原地等待, 后: %s', (feature, terms) => {
    // Nothing introduces these terms with a marker, so no known term ends the reference.
    const [claim] = parseSet('CN', `一种巡检方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual(terms)
  })

  it.each([
    ['所述后壳体与所述前端盖连接', ['后壳体', '前端盖']],
    ['所述后盖位于所述上盖板的下方', ['后盖', '上盖板']],
    ['所述车辆前轮为万向轮', ['车辆前轮']],
    ['所述处理后图像为灰度图', ['处理后图像']],
    ['所述第一部分为圆形', ['第一部分']],
    ['所述研究所设有实验室', ['研究所']],
    ['所述行驶速度为5米每秒', ['行驶速度']],
    ['所述等待时间为3秒', ['等待时间']],
    ['所述响应时间为3秒', ['响应时间']],
  ])('keeps a name that holds 后, 前, 分 or 所, a verb of travel or a noun of time: %s', (feature, terms) => {
    const [claim] = parseSet('CN', `一种巡检方法，其特征在于，${feature}。`)
    expect(referencedAsWritten(claim)).toEqual(terms)
  })

  it('keeps every range exactly on the written term', () => {
    const [claim] = parseSet('CN', '一种监测装置，包括处理单元（5），所述处理单元（5）根据所述覆冰类型选取冰密度，驱动所述手指关节动作。')
    for (const term of claim?.terms ?? []) expect(claim?.text.slice(term.range.start, term.range.end)).toBe(term.term)
  })
})

describe('where an English back-reference ends', () => {
  it('ends "the X" at a participle that takes an object: "the service environment facilitating communication" (US-20050004974A1 claim 10)', () => {
    const [claim] = parseSet('US', 'A device comprising a service environment in which a service runs, the service environment facilitating communication between the service and a web server.')
    expect(referencedAsWritten(claim)).toEqual(['service environment', 'service'])
  })

  it('ends "the X" at an adjective after the noun: "keep the left wheel knee vertical" (US-11147203)', () => {
    const [claim] = parseSet('US', 'A tractor comprising a left wheel knee and stabilizing arms adapted to keep the left wheel knee vertical; and a frame.')
    expect(referencedAsWritten(claim)).toEqual(['left wheel knee'])
  })

  it('ends "the X" at a verb before its object: "the change correspond to a change" (US-20010000002A1)', () => {
    const [claim] = parseSet('US', 'A process comprising detecting a change, and determining if the change correspond to a change in the profile.')
    expect(referencedAsWritten(claim)).toContain('change')
    expect(mentions(claim)).not.toContain('referenced:change correspond')
  })

  it('ends "the X" before a term of degree: "the first threshold is about 0.5", "approximately equals"', () => {
    const [, second] = parseSet('US', 'A method comprising setting a first threshold and a second threshold.',
      'The method of claim 1, wherein the first threshold is about 0.5 ppm/s, and the second threshold approximately equals the first threshold.')
    expect(referencedAsWritten(second)).toEqual(['first threshold', 'second threshold', 'first threshold'])
  })

  it('ends "the X" at a plural-looking verb that the lexicon also knows as a noun: "the UHF sensor samples at 2 GS/s"', () => {
    const [, ...dependents] = parseSet('US', 'A method comprising: providing a UHF sensor near a transformer.',
      'The method of claim 1, wherein the UHF sensor samples at 2 GS/s.',
      'The method of claim 1, wherein the UHF sensor samples 1000 times per cycle.',
      'The method of claim 1, wherein the UHF sensor samples continuously.',
      'The method of claim 1, wherein the UHF sensor samples at a rate of 2 GS/s.')
    for (const claim of dependents) expect(referencedAsWritten(claim)).toEqual(['UHF sensor'])
  })

  it('keeps a plural noun whole where a verb follows it in the clause: "the UHF sensor signals at the transformer are filtered"', () => {
    const [, second, third] = parseSet('US', 'A method comprising: providing a UHF sensor near a transformer.',
      'The method of claim 1, wherein the UHF sensor signals at the transformer are filtered.',
      'The method of claim 1, wherein the UHF sensor records substantially cover 2 cycles.')
    expect(referencedAsWritten(second)).toEqual(['UHF sensor signals', 'transformer'])
    expect(referencedAsWritten(third)).toEqual(['UHF sensor records'])
  })

  it('keeps a phrase whose next word is a noun, and reads -ing nouns as nouns: "a pump housing", "the valve seat"', () => {
    const [claim] = parseSet('US', 'A pump comprising a pump housing and a valve, wherein the pump housing holds the valve seat.')
    expect(mentions(claim)).toEqual(['introduced:pump', 'introduced:pump housing', 'introduced:valve', 'referenced:pump housing', 'referenced:valve seat'])
  })
})

describe('where an English introduction ends', () => {
  it('ends "the X" at a verb the lexicon does not know: "the posture deviates from a reference posture"', () => {
    const [, second] = parseSet('US', 'A system comprising a processor determining a posture of a user.',
      'The system of claim 1, wherein the processor generates an alert when the posture deviates from a reference posture.')
    expect(referencedAsWritten(second)).toEqual(['processor', 'posture'])
  })

  it('ends "a X" at a participle after the noun: "a housing worn by a user", "a tube bent into a loop"', () => {
    const [claim] = parseSet('US', 'A device comprising a sensor disposed in a housing worn by a user, and a tube bent into a loop.')
    expect(mentions(claim)).toEqual(['introduced:device', 'introduced:sensor', 'introduced:housing', 'introduced:user', 'introduced:tube', 'introduced:loop'])
  })

  it('ends "a X" at a participle with a bare object when the set refers back to X: "a memory storing instructions" … "the memory"', () => {
    const [first] = parseSet('US',
      'A system comprising a memory storing instructions, a controller executing software, and a wire wound around a core, wherein the memory, the controller and the wire are sealed and the instructions are encrypted.')
    expect(mentions(first).filter((mention) => mention.startsWith('introduced'))).toEqual([
      'introduced:system', 'introduced:memory', 'introduced:instructions', 'introduced:controller', 'introduced:wire', 'introduced:core',
    ])
  })

  it('keeps compounds whole: "a processing unit", "a mounting bracket", "a light emitting diode", "a pump mounting bracket"', () => {
    const [claim] = parseSet('US',
      'A lamp comprising a processing unit, a mounting bracket, a heating element, a bent portion, a pump, a pump mounting bracket and a light emitting diode, wherein the pump, the light emitting diode and the bracket are fixed.')
    expect(mentions(claim).filter((mention) => mention.startsWith('introduced'))).toEqual([
      'introduced:lamp', 'introduced:processing unit', 'introduced:mounting bracket', 'introduced:heating element', 'introduced:bent portion',
      'introduced:pump', 'introduced:pump mounting bracket', 'introduced:light emitting diode',
    ])
  })

  it('reads "first and second electrodes" as a first and a second electrode, also after "a" and in longer lists', () => {
    const [claim] = parseSet('US',
      'A cell comprising first and second electrodes, first, second and third plates, upper and lower walls and a first and second terminal.')
    expect(mentions(claim)).toEqual([
      'introduced:cell',
      'introduced:first electrodes', 'introduced:second electrodes',
      'introduced:first plates', 'introduced:second plates', 'introduced:third plates',
      'introduced:upper walls', 'introduced:lower walls',
      'introduced:first terminal', 'introduced:second terminal',
    ])
  })

  it('leaves out "the first and second electrodes", a coordinated back-reference', () => {
    const [, second] = parseSet('US', 'A cell comprising first and second electrodes.', 'The cell of claim 1, wherein the first and second electrodes are coated.')
    expect(mentions(second)).toEqual([])
  })
})

describe('repeated introductions', () => {
  const twoSliders = '一种支撑装置，其特征在于，包括一个滑块（2）和一个滑块（3），所述滑块为钢制。'

  it('keeps each Chinese introduction of a repeated term with its own range: 一个滑块（2）…一个滑块（3）', () => {
    const [claim] = parseSet('CN', twoSliders)
    const sliders = claim?.terms.filter((term) => term.term === '滑块') ?? []
    expect(sliders.map((term) => [term.kind, term.range.start])).toEqual([
      ['introduced', twoSliders.indexOf('滑块（2）')],
      ['introduced', twoSliders.indexOf('滑块（3）')],
      ['referenced', twoSliders.indexOf('滑块为')],
    ])
  })

  it('reads the first introduction as the antecedent and reports the second as ambiguous', () => {
    const { findings } = analyzeClaimSet({ jurisdiction: 'CN', claimsText: `1.${twoSliders}` })
    expect(findings.filter((finding) => finding.rule === 'claims.antecedent-basis')).toEqual([])
    expect(findings.filter((finding) => finding.rule === 'claims.antecedent-ambiguous'))
      .toMatchObject([{ claim: 1, start: 2 + twoSliders.indexOf('滑块（3）') }])
  })

  it('introduces a feature read both as a list item and as a quantified feature once: 设有一凹槽', () => {
    const [claim] = parseSet('CN', '一种足端结构，包括足垫，所述足垫设有一凹槽，所述凹槽内设有发光件。')
    expect(mentions(claim).filter((mention) => mention.endsWith('凹槽'))).toEqual(['introduced:凹槽', 'referenced:凹槽'])
  })

  it('reads 所述两个滑块 as a back-reference only', () => {
    const [, second] = parseSet('CN', '一种装置，包括两个滑块。', '根据权利要求1所述的装置，其特征在于，所述两个滑块为钢制。')
    expect(mentions(second)).toEqual(['referenced:滑块'])
  })
})

describe('unbracketed reference signs in Chinese terms', () => {
  it('reads 底座1 as the term 底座 and the sign 1', () => {
    const text = '一种装置，包括底座1和弹簧2，所述底座1为钢制，所述弹簧2与所述底座1连接。'
    const [claim] = parseSet('CN', text)
    expect(mentions(claim)).toEqual(['introduced:装置', 'introduced:底座', 'introduced:弹簧', 'referenced:底座', 'referenced:弹簧', 'referenced:底座'])
    expect(claim?.referenceSigns.map((sign) => [sign.sign, sign.bracketed])).toEqual([
      ['1', false], ['2', false], ['1', false], ['2', false], ['1', false],
    ])
  })
})
