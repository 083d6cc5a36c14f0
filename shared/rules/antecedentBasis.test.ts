import { describe, expect, it } from 'vitest'
import { antecedentBasis } from './antecedentBasis'
import { indefiniteTerm } from './indefiniteTerm'
import { CN_CLAIMS, EP_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkClaims, checkText, located } from './testing/factories'

describe('claims.antecedent-basis', () => {
  it('accepts Chinese claims whose 所述 terms are introduced in the claim or a claim it depends on', () => {
    expect(checkText(antecedentBasis, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese 所述 term that nothing introduces, at the term', () => {
    const text = claimsText([...CN_CLAIMS, '4.根据权利要求2所述的支撑装置，其特征在于，所述滑块（5）设于所述滑槽（3）内。'])
    const findings = checkText(antecedentBasis, 'CN', text)
    expect(findings).toMatchObject([{ severity: 'error', claim: 4 }])
    expect(located(text, 'CN', findings[0]!)).toBe('滑块')
  })

  it('advises in the words of the claim’s language, whichever the reader’s', () => {
    const chinese = checkText(antecedentBasis, 'CN', claimsText([...CN_CLAIMS, '4.根据权利要求2所述的支撑装置，其特征在于，所述滑块（5）设于所述滑槽（3）内。']))
    // A Chinese claim names a feature without 一种/一个 ("毫米波雷达(3)，安装在…") and then refers to it with 所述.
    for (const advice of [chinese[0]!.advice['zh-CN'], chinese[0]!.advice.en]) {
      expect(advice).toContain('所述')
      expect(advice).not.toContain('一种')
      expect(advice).not.toContain('一个')
    }
    const english = checkText(antecedentBasis, 'US', claimsText([...US_CLAIMS, '4. The device of claim 1, wherein the slider is steel.']))
    expect(english[0]!.advice['zh-CN']).toContain('"a"/"an"')
    expect(english[0]!.advice['zh-CN']).not.toContain('一种')
  })

  it('finds the introduction through a chain of Chinese dependent claims', () => {
    const text = claimsText([...CN_CLAIMS.slice(0, 2), '3.根据权利要求2所述的支撑装置，其特征在于，所述滑槽（3）为燕尾槽。', '4.根据权利要求3所述的支撑装置，其特征在于，所述滑槽（3）的深度为5毫米。'])
    expect(checkText(antecedentBasis, 'CN', text)).toEqual([])
  })

  it('reads a new thing at a place 所述 points to as introduced there, and a thing that acts apart from what it does', () => {
    const text = claimsText([
      '1.一种桥梁振动监测系统，包括毫米波雷达和角反射器，所述角反射器固定在桥梁底面的测点处。',
      '2.一种桥梁振动监测方法，包括：接收固定在所述桥梁底面测点处的角反射器反射的回波。',
      '3.根据权利要求1所述的桥梁振动监测系统，其特征在于，所述报警装置发出报警信号。',
    ])
    // Claim 2's reflector is named anew at a place; claim 3's alarm device, which nothing introduces, is flagged by its name alone.
    expect(checkText(antecedentBasis, 'CN', text).map((f) => [f.claim, f.message['zh-CN']])).toEqual([
      [3, '“报警装置”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“报警装置”'],
    ])
  })

  it('reads "所述振动位移计算…" as a reference to the attribute "所述测点的振动位移" named, and still flags one nothing named', () => {
    const text = claimsText([
      '1.一种桥梁振动监测方法，包括：在桥梁底面设置测点；采集所述测点的振动位移；根据所述振动位移计算桥梁的挠度。',
      '2.根据权利要求1所述的方法，其特征在于，所述振动位移计算模块输出所述挠度。',
      '3.根据权利要求1所述的方法，其特征在于，所述振动位移传感器设于所述桥梁底面。',
      '4.一种桥梁监测方法，其步骤为根据所述加速度计算桥梁的挠度。',
    ])
    // Claim 2's module is a thing of its own: the attribute ends a reference only where a verb follows it.
    expect(checkText(antecedentBasis, 'CN', text).map((finding) => [finding.claim, located(text, 'CN', finding)])).toEqual([
      [2, '振动位移计算模块'],
      [3, '振动位移传感器'],
      // After a preposition, the object ends before what is done with it.
      [4, '加速度'],
    ])
  })

  it('ends a 所述 object of 根据/基于/利用 before what is done with it, keeping names that hold a verb', () => {
    const accepted = [
      '1.一种方法，包括：获取图像；对所述图像进行处理，得到结果；根据所述结果确定区域。',
      '1.一种方法，包括：接收用户请求；基于所述用户请求查询数据库。',
      '1.一种方法，包括：采集振动信号；利用所述振动信号计算位移。',
      '1.一种图像处理方法，包括：获取待处理图像；采用神经网络模型对所述待处理图像进行分割，得到分割结果；根据所述分割结果确定目标区域。',
      '1.一种方法，包括：获取数据处理结果；根据所述数据处理结果生成报告。',
      '1.一种装置，包括温度控制单元，所述温度控制单元控制加热器；根据所述温度控制单元输出的信号调节功率。',
    ]
    for (const claim of accepted) expect(checkText(antecedentBasis, 'CN', claimsText([claim]))).toEqual([])
    // What nothing introduces is still flagged, by its own name.
    const text = claimsText(['1.一种方法，包括：根据所述温度确定阈值。'])
    expect(checkText(antecedentBasis, 'CN', text).map((finding) => located(text, 'CN', finding))).toEqual(['温度'])
  })

  it('names a term that opens with 预设 whole: 所述预设时长 is not supported by 预设阈值, nor 所述预设时间 by 预设时长', () => {
    const text = claimsText([
      '1.一种电池管理方法，包括：检测电池的电压值；当所述电压值低于预设阈值时，发出报警信号。',
      '2.根据权利要求1所述的电池管理方法，其特征在于，所述电压值低于所述预设阈值的持续时间超过所述预设时长时，断开充电回路。',
      '3.一种电池管理方法，包括：检测电池的电压值；当所述电压值低于预设阈值且持续预设时长时，发出报警信号。',
      '4.根据权利要求3所述的电池管理方法，其特征在于，所述预设时长为5秒，所述预设时间为10秒。',
    ])
    expect(checkText(antecedentBasis, 'CN', text).map((finding) => [finding.claim, located(text, 'CN', finding), finding.message['zh-CN']])).toEqual([
      [2, '预设时长', '“预设时长”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“预设时长”'],
      [4, '预设时间', '“预设时间”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“预设时间”'],
    ])
  })

  it('accepts a value referred back to where what happens to it follows: 所述预设时长后关闭, 所述预设时长结束后, 所述预定时间间隔为', () => {
    const text = claimsText([
      '1.一种控制装置，包括计时模块和控制模块，所述计时模块用于在预设时长内计时，所述控制模块用于在计时达到所述预设时长后关闭阀门。',
      '2.根据权利要求1所述的控制装置，其特征在于，所述预设时长为30秒。',
      '3.根据权利要求1所述的控制装置，其特征在于，所述控制模块还用于在预定时间间隔后重新开启所述阀门，所述预定时间间隔为5分钟。',
      '4.根据权利要求1所述的控制装置，其特征在于，所述控制模块在所述预设时长结束后，将所述预设时长重置。',
    ])
    expect(checkText(antecedentBasis, 'CN', text)).toEqual([])
  })

  it('reads the term before 约 and 大约 (所述第一阈值约为0.5 ppm/s), and leaves the word of degree to claims.indefinite-term', () => {
    const text = claimsText([
      '1.一种气体泄漏检测方法，包括：测量气体浓度的上升速率；当上升速率大于第一阈值时，发出报警信号。',
      '2.根据权利要求1所述的气体泄漏检测方法，其特征在于，所述第一阈值约为0.5 ppm/s。',
      '3.根据权利要求1所述的气体泄漏检测方法，其特征在于，所述上升速率大约为0.5ppm/s。',
      '4.根据权利要求1所述的气体泄漏检测方法，其特征在于，所述第二阈值约为1 ppm/s。',
    ])
    // A term nothing introduces is still flagged, by its name alone.
    expect(checkText(antecedentBasis, 'CN', text).map((finding) => [finding.claim, located(text, 'CN', finding), finding.message['zh-CN']])).toEqual([
      [4, '第二阈值', '“第二阈值”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“第二阈值”'],
    ])
    expect(checkText(indefiniteTerm, 'CN', text).map((finding) => [finding.claim, located(text, 'CN', finding)])).toEqual([
      [2, '约'], [3, '大约'], [4, '约'],
    ])
  })

  it('ends 所述风偏角 before the preposition 对 that opens the verb phrase, and reads 风偏角θ as introducing 风偏角 (demo claims, varied)', () => {
    const device = '输电线路覆冰厚度在线监测装置'
    const text = claimsText([
      `1.一种${device}，包括夹持座（1），其特征在于，所述夹持座（1）上设置有倾角传感器（2）、拉力传感器（3）和处理单元（5）。`,
      `2.根据权利要求1所述的${device}，其特征在于，所述处理单元（5）用于根据所述倾角传感器（2）测得的风偏角θ对所述拉力传感器（3）的读数进行风载补偿。`,
      `3.根据权利要求1所述的${device}，其特征在于，所述倾角传感器（2）测得风偏角，所述处理单元（5）对所述风偏角进行滤波。`,
      `4.根据权利要求2或3所述的${device}，其特征在于，所述处理单元（5）根据所述风偏角对所述拉力传感器（3）的读数进行风载补偿。`,
      `5.根据权利要求2或3所述的${device}，其特征在于，所述风偏角向所述处理单元（5）传输，所述处理单元（5）将所述风偏角与预设阈值进行比较。`,
      `6.根据权利要求2或3所述的${device}，其特征在于，所述处理单元（5）按所述风偏角对拉力传感器（3）的读数进行修正。`,
      `7.根据权利要求1所述的${device}，其特征在于，所述处理单元（5）根据所述风偏角对所述读数进行修正。`,
      // Claim 2 now introduces 风偏角θ, the name with its symbol, which still introduces 风偏角 for claims 4 to 6.
      `8.根据权利要求2所述的${device}，其特征在于，所述风偏角θ的取值范围为0°至90°。`,
    ])
    // Claim 7 depends on claim 1 alone, which names no wind deflection angle and no reading: both are flagged by their names.
    expect(checkText(antecedentBasis, 'CN', text).map((finding) => [finding.claim, located(text, 'CN', finding), finding.message['zh-CN']])).toEqual([
      [7, '风偏角', '“风偏角”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“风偏角”'],
      [7, '读数', '“读数”缺少引用基础：本权利要求及其引用的权利要求中此前均未记载“读数”'],
    ])
  })

  it('ends the agent of 由所述光伏组件充电 before the verb: a correct photovoltaic cleaning claim set raises nothing', () => {
    const device = '光伏组件清扫装置'
    const text = claimsText([
      `1.一种${device}，包括安装于光伏组件上的导轨(1)、沿所述导轨(1)移动的清扫小车(2)和设置于所述清扫小车(2)上的滚刷(3)。`,
      `2.根据权利要求1所述的${device}，其特征在于，所述清扫小车(2)上设有驱动电机(4)，所述滚刷(3)由所述驱动电机(4)驱动旋转。`,
      `3.根据权利要求2所述的${device}，其特征在于，所述驱动电机(4)由控制器控制。`,
      `4.根据权利要求1所述的${device}，其特征在于，所述滚刷(3)为尼龙刷。`,
      `5.根据权利要求1所述的${device}，其特征在于，所述导轨(1)为铝合金导轨。`,
      `6.根据权利要求2所述的${device}，其特征在于，所述清扫小车(2)上设有行走轮。`,
      `7.根据权利要求2所述的${device}，其特征在于，所述驱动电机(4)为直流电机。`,
      `8.根据权利要求7所述的${device}，其特征在于，还包括储能电池(5)，所述储能电池(5)由所述光伏组件充电。`,
    ])
    expect(checkText(antecedentBasis, 'CN', text)).toEqual([])
    // The same claims with 光伏组件 nowhere before claim 8: it is flagged by its own name, not as "光伏组件充电".
    const unsupported = text.replace('安装于光伏组件上的', '')
    expect(checkText(antecedentBasis, 'CN', unsupported).map((finding) => [finding.claim, located(unsupported, 'CN', finding)])).toEqual([
      [8, '光伏组件'],
    ])
  })

  it('ends 所述X before a verb of change and its amount: 所述转速提高10%, 所述温度升至50℃ refer to 转速 and 温度', () => {
    const text = claimsText([
      '1.一种风机，包括电机和加热器，所述电机的转速可调，所述加热器的温度可调。',
      '2.根据权利要求1所述的风机，其特征在于，当负载增加时，所述转速提高10%。',
      '3.根据权利要求1所述的风机，其特征在于，所述转速增加至3000转/分钟后，所述温度升至50℃。',
      '4.根据权利要求1所述的风机，其特征在于，所述温度降低至50℃后，所述转速减少一半。',
      '5.根据权利要求1所述的风机，其特征在于，所述流量提高10%。',
    ])
    // 流量, which nothing introduces, is still flagged, by its name alone.
    expect(checkText(antecedentBasis, 'CN', text).map((finding) => [finding.claim, located(text, 'CN', finding)])).toEqual([
      [5, '流量'],
    ])
  })

  it('reports a Chinese multiple dependent claim whose term exists along only one of its alternatives', () => {
    const text = claimsText([...CN_CLAIMS.slice(0, 2), '3.根据权利要求1或2所述的支撑装置，其特征在于，所述滑槽（3）为燕尾槽。'])
    expect(checkText(antecedentBasis, 'CN', text)).toMatchObject([
      { claim: 3, message: { 'zh-CN': '与权利要求1结合时，“滑槽”缺少引用基础' } },
    ])
  })

  it('accepts English claims whose "the" terms are introduced', () => {
    expect(checkText(antecedentBasis, 'US', claimsText(US_CLAIMS))).toEqual([])
    expect(checkText(antecedentBasis, 'EP', claimsText(EP_CLAIMS))).toEqual([])
  })

  it('reports "the core device model agent" when claim 1 introduces only "a core device model"', () => {
    const text = claimsText([
      '1. A device model agent (DMA) comprising:\na core device model including at least one CIM provider; and\na service environment.',
      '2. The DMA of claim 1 wherein the core device model comprises a service manager.',
      '3. The DMA of claim 1 wherein the core device model agent comprises an event manager.',
    ])
    const findings = checkText(antecedentBasis, 'US', text)
    expect(findings).toMatchObject([{ claim: 3 }])
    expect(located(text, 'US', findings[0]!)).toBe('core device model agent')
  })

  it('reports an English multiple dependent claim whose term exists along only one alternative', () => {
    const text = claimsText([...US_CLAIMS.slice(0, 2), '3. The support device of claim 1 or 2, wherein the slot is round.'])
    expect(checkText(antecedentBasis, 'US', text)).toMatchObject([
      { claim: 3, message: { en: '"slot" has no antecedent basis when this claim is read with claim 1' } },
    ])
  })

  it('matches English terms tolerantly: a longer introduction, plurals and inherent attributes', () => {
    const text = claimsText([
      '1. A shelf comprising a support member, a plurality of boards and a sphere.',
      '2. The shelf of claim 1, wherein the member carries the board and the outer surface of the sphere is smooth.',
    ])
    expect(checkText(antecedentBasis, 'US', text)).toEqual([])
  })

  it('accepts well-drafted US claims where a verb or participle follows the noun (user walkthrough)', () => {
    const text = claimsText([
      '1. A wearable device comprising a sensor disposed in a housing worn by a user, an orientation of the housing being measured by the sensor, a memory storing instructions, and a controller executing the instructions.',
      '2. The wearable device of claim 1, wherein the memory is a flash memory, a tube bent into a loop holds a wire wound around the tube, and the wire is insulated.',
      '3. The wearable device of claim 1, wherein the controller determines a posture of the user and generates an alert when the posture deviates from a reference posture, exceeds a limit or changes.',
    ])
    expect(checkText(antecedentBasis, 'US', text)).toEqual([])
  })

  it('reads a plural-looking verb after a referenced term as the verb: "the UHF sensor samples at 2 GS/s"', () => {
    const text = claimsText([
      '1. A method of monitoring a transformer, comprising: providing a UHF sensor near the transformer.',
      '2. The method of claim 1, wherein the UHF sensor samples at 2 GS/s.',
    ])
    expect(checkText(antecedentBasis, 'US', text)).toEqual([])
  })

  it('still reports what the walkthrough claims never introduce, by its own name', () => {
    const text = claimsText([
      '1. A wearable device comprising a housing worn by a user, an electrode and a memory storing instructions.',
      '2. The wearable device of claim 1, wherein the battery deviates from the housing and the cache memory is volatile.',
      // A plural the lexicon knows as a noun goes on with the term: "electrode pads" is not "electrode".
      '3. The wearable device of claim 1, wherein the electrode pads on the housing are gold.',
    ])
    expect(checkText(antecedentBasis, 'US', text).map((finding) => located(text, 'US', finding))).toEqual(['battery', 'cache memory', 'electrode pads'])
  })

  it('reads "first and second electrodes" as introducing the first electrode and the second electrode, not a third', () => {
    const text = claimsText([
      '1. A battery cell comprising first and second electrodes; and first, second and third separators, wherein the first electrode faces the third separator.',
      '2. The battery cell of claim 1, comprising upper and lower plates, wherein the second electrode is coated, the lower plate is flat and the third electrode is bare.',
    ])
    expect(checkText(antecedentBasis, 'US', text).map((finding) => [finding.claim, located(text, 'US', finding)])).toEqual([[2, 'third electrode']])
  })

  it('notes, as info, "the mixture" after a mixing step: an implicit antecedent basis (MPEP 2173.05(e))', () => {
    const text = claimsText(['1. A method comprising mixing a precursor with a solvent, and heating the mixture to 80 °C.'])
    for (const office of ['US', 'EP'] as const) {
      expect(checkText(antecedentBasis, office, text).map((finding) => [finding.severity, located(text, office, finding)])).toEqual([['info', 'mixture']])
    }
    // Without a mixing step, "the mixture" has no antecedent at all.
    const unmixed = claimsText(['1. A method comprising adding a precursor to a solvent, and heating the mixture.'])
    expect(checkText(antecedentBasis, 'US', unmixed)).toMatchObject([{ severity: 'error' }])
  })

  it('reports a term each claim refers to only once, where it first lacks an introduction', () => {
    const findings = checkClaims(antecedentBasis, 'US', [
      { text: '1. A shelf comprising a board.', introduces: ['board'], subject: 'shelf' },
      { text: '2. The shelf of claim 1, wherein the bracket holds the board.', references: [{ words: 'claim 1', numbers: [1] }], refersTo: ['bracket', 'board'], subject: 'shelf' },
      { text: '3. The shelf of claim 2, wherein the bracket is steel.', references: [{ words: 'claim 2', numbers: [2] }], refersTo: ['bracket'], subject: 'shelf' },
    ])
    expect(findings.map((finding) => finding.claim)).toEqual([2])
  })
})

describe('claims.antecedent-basis on EP wording (an attorney’s false alarms)', () => {
  const flagged = (text: string) => checkText(antecedentBasis, 'EP', text).map((finding) => [finding.claim, finding.severity, located(text, 'EP', finding)])

  it('takes "the program" from the claim’s own subject "computer program product" (Guidelines F-IV 3.9.1 wording)', () => {
    const text = claimsText([
      '1. A computer-implemented method of braking a bicycle, comprising measuring a speed.',
      '2. A computer program product comprising instructions which, when the program is executed by a computer, cause the computer to carry out the method of claim 1.',
    ])
    expect(flagged(text)).toEqual([])
    // A modifier of the subject is no such head: "the vehicle" after "A vehicle seat" stays unsupported (practice.test.ts).
  })

  it('needs no introduction for the idioms "the fact that", "in the case that", "as the case may be", and still flags a case that is a part', () => {
    const text = claimsText([
      '1. A brake lever comprising a housing (2) and a lever (4), characterized by the fact that the housing (2) is cast, in the case that the lever (4) is long, or forged, as the case may be.',
      '2. A brake lever comprising a lever (4), wherein the case is steel.',
    ])
    expect(flagged(text)).toEqual([[2, 'error', 'case']])
  })

  it('takes "the mounting step" and "the determining step" from the steps "mounting …" and "determining …" a method recited', () => {
    const text = claimsText([
      '1. A method of assembling a brake, comprising mounting a lever (4) on a housing (2) and determining a position of the lever (4).',
      '2. The method according to claim 1, wherein the mounting step comprises screwing the lever (4), and the determining step comprises measuring the position.',
      '3. The method according to claim 1, wherein the step of mounting comprises gluing.',
      // "a mounting bracket" recites no mounting step.
      '4. A method of assembling a brake, comprising fixing a mounting bracket to a housing, wherein the mounting step is quick.',
    ])
    expect(flagged(text)).toEqual([[4, 'error', 'mounting step']])
  })

  it('notes, as info, "the hardening depth" after "hardened": a property of what was done to an introduced thing', () => {
    const text = claimsText([
      '1. A gear comprising teeth (4), wherein said teeth (4) are hardened, the hardening depth being 0.5 mm.',
      // A thing named after a doing is no property of it: "mounted … the mounting bracket" still needs its introduction.
      '2. A gear comprising teeth (4) mounted on a hub, wherein the mounting bracket is steel.',
    ])
    expect(flagged(text)).toEqual([[1, 'info', 'hardening depth'], [2, 'error', 'mounting bracket']])
    expect(checkText(antecedentBasis, 'EP', text)[0]!.message.en).toBe('"hardening depth" is not introduced: its antecedent basis is only implicit in "hardened" (EPC Art. 84)')
  })

  it('leaves "the accompanying drawings" of an omnibus claim to claims.refers-to-description', () => {
    const text = claimsText([
      '1. A bicycle brake lever comprising a housing (2).',
      '2. A bicycle brake lever substantially as hereinbefore described with reference to the accompanying drawings.',
    ])
    expect(flagged(text)).toEqual([])
  })

})

describe('claims.antecedent-basis from the words of a US claim itself', () => {
  const flagged = (text: string) => checkText(antecedentBasis, 'US', text).map((finding) => [finding.claim, finding.severity, located(text, 'US', finding)])

  it('takes "the detection process" and "the cleaning method" from the purpose the subject names ("A process for detecting …")', () => {
    const text = claimsText([
      '1. A process for detecting a leak in a pipe, comprising measuring a pressure in the pipe.',
      '2. The process of claim 1, wherein the detection process is repeated daily.',
      '3. A method for cleaning a filter, comprising rinsing the filter with water, wherein the cleaning method takes one minute.',
      // A process named after something else it does not claim to do still needs its introduction.
      '4. The process of claim 1, wherein the inspection process is repeated daily.',
    ])
    expect(flagged(text)).toEqual([[4, 'error', 'inspection process']])
  })

  it('takes "the valve adjustment" from the action "adjusts a valve" the claim recites', () => {
    const text = claimsText([
      '1. A regulator comprising a controller, wherein the controller adjusts a valve and records the valve adjustment.',
      // Opening the valve recites no adjustment of it.
      '2. A regulator comprising a controller, wherein the controller opens a valve and records the valve adjustment.',
    ])
    expect(flagged(text)).toEqual([[2, 'error', 'valve adjustment']])
  })

  it('reads "the rotating drum" as the drum introduced: a participle of motion says what the thing does, not which thing', () => {
    const text = claimsText([
      '1. A dryer comprising a drum and a heater, wherein the heater warms the rotating drum.',
      // A participle that names a purpose makes a thing of its own: "the heating element" is no "element".
      '2. A dryer comprising a drum and an element, wherein the heating element is electric.',
    ])
    expect(flagged(text)).toEqual([[2, 'error', 'heating element']])
  })
})
