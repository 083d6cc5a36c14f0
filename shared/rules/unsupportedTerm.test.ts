import { describe, expect, it } from 'vitest'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkText, located } from './testing/factories'
import { unsupportedTerm } from './unsupportedTerm'

const CN_DESCRIPTION = '本发明涉及一种支撑装置。如图1所示，支撑装置包括底座1和支架2，支架2固定在底座1上，底座1上设有滑槽3，支架2上设有把手4。'
const US_DESCRIPTION = 'The invention relates to Support Devices. As shown in FIG. 1, each support device has a base 1 and a bracket 2 fixed to the base. Slots 3 are formed in the base; the bracket carries Handles 4.'

describe('claims.unsupported-term', () => {
  it('accepts Chinese claims whose terms all appear in the description', () => {
    expect(checkText(unsupportedTerm, 'CN', claimsText(CN_CLAIMS), { description: CN_DESCRIPTION })).toEqual([])
  })

  it('reports a Chinese term the description never uses, once, at its first mention', () => {
    const text = claimsText(CN_CLAIMS)
    const findings = checkText(unsupportedTerm, 'CN', text, { description: CN_DESCRIPTION.replace('，支架2上设有把手4', '') })
    expect(findings).toMatchObject([{ severity: 'warning', claim: 3 }])
    expect(located(text, 'CN', findings[0]!)).toBe('把手')
  })

  it('finds a Chinese name with a symbol after it (风偏角θ) where the description names it without the symbol, and still reports a missing name', () => {
    const text = claimsText([
      '1.一种监测装置，包括倾角传感器和处理单元，所述处理单元根据所述倾角传感器测得的风偏角θ对拉力进行补偿。',
      '2.根据权利要求1所述的监测装置，其特征在于，所述风偏角θ为锐角，还包括风速传感器S1。',
    ])
    const description = '本发明提供一种监测装置，包括倾角传感器和处理单元，处理单元根据倾角传感器测得的风偏角对拉力进行补偿。'
    expect(checkText(unsupportedTerm, 'CN', text, { description }).map((finding) => located(text, 'CN', finding))).toEqual(['风速传感器S1'])
  })

  it('matches English terms regardless of case and plural', () => {
    expect(checkText(unsupportedTerm, 'US', claimsText(US_CLAIMS), { description: US_DESCRIPTION })).toEqual([])
  })

  it('reports an English term the description never uses', () => {
    const text = claimsText(US_CLAIMS)
    const findings = checkText(unsupportedTerm, 'EP', text, { description: US_DESCRIPTION.replace('; the bracket carries Handles 4', '') })
    expect(findings).toMatchObject([{ claim: 3 }])
    expect(located(text, 'EP', findings[0]!)).toBe('handle')
  })

  it('finds a step named by its verb ("the calculating") in the verb\'s other forms', () => {
    const text = claimsText([
      '1. A method comprising: receiving a signal; calculating a deflection; and issuing an alert, wherein the calculating uses the signal.',
      '2. The method of claim 1, wherein the issuing comprises sending the alert, and the running is stopped.',
    ])
    const description = 'A method receives a signal. A processor calculates a deflection, and an alert is issued; the sending of the alert is done by a module. The alarm runs.'
    expect(checkText(unsupportedTerm, 'US', text, { description }).map((finding) => located(text, 'US', finding))).toEqual([])
    expect(checkText(unsupportedTerm, 'US', text, { description: description.replace('calculates', 'finds') })
      .map((finding) => located(text, 'US', finding))).toEqual(['calculating'])
  })

  it('finds "a memory storing instructions" in "the memory stores the instructions"', () => {
    const text = claimsText(['1. A controller comprising a processor and a memory storing instructions.'])
    const description = 'The controller has a processor and a memory. The memory stores the instructions.'
    expect(checkText(unsupportedTerm, 'US', text, { description })).toEqual([])
    expect(checkText(unsupportedTerm, 'US', text, { description: description.replace('The memory stores the instructions.', 'Instructions are kept elsewhere.') })
      .map((finding) => located(text, 'US', finding))).toEqual(['memory storing instructions'])
  })

  it('reads "display means" as the display the description must have, and "the means for storing" as no term of its own', () => {
    const text = claimsText([
      '1. A device comprising means for storing a value, and display means.',
      '2. The device of claim 1, wherein the means for storing is a memory, and the display means shows the value.',
    ])
    const description = 'The device has a memory storing a value, and a display showing the value.'
    expect(checkText(unsupportedTerm, 'US', text, { description })).toEqual([])
    expect(checkText(unsupportedTerm, 'US', text, { description: description.replace('a display', 'a screen') })
      .map((finding) => located(text, 'US', finding))).toEqual(['display means'])
  })

  it('leaves a claim\'s category alone, and names a missing term as the claim writes it', () => {
    const text = claimsText(['1. A method of lighting a path, comprising driving a white LED.'])
    const findings = checkText(unsupportedTerm, 'US', text, { description: 'A path is lit by a lamp.' })
    expect(findings.map((finding) => finding.message.en)).toEqual(['"white LED" does not appear in the description; claim terms must find support there'])
  })

  it('looks up "a housing worn by a user" as the housing, which the description names', () => {
    const text = claimsText(['1. A wearable device comprising a sensor disposed in a housing worn by a user.'])
    const description = 'The wearable device has a sensor inside a housing, which the user wears on the wrist.'
    expect(checkText(unsupportedTerm, 'US', text, { description })).toEqual([])
  })

  it('leaves a step label the method claim defines (所述步骤S1至S4) to the claims, and still reports a missing term beside it', () => {
    const text = claimsText([
      '1.一种温度控制方法，包括以下步骤：S1，采集温度值；S2，比较所述温度值与预设阈值；S3，控制加热器；S4，记录所述温度值。',
      '2.根据权利要求1所述的温度控制方法，其特征在于，控制器每隔1秒执行一次所述步骤S1至S4，所述加热器包括计时器。',
    ])
    const description = '温度控制方法先采集温度值，比较温度值与预设阈值，再控制加热器并记录温度值；控制器每隔1秒执行一次上述步骤。'
    const findings = checkText(unsupportedTerm, 'CN', text, { description })
    expect(findings.map((finding) => located(text, 'CN', finding))).toEqual(['计时器'])
  })

  it('reads a label that opens a step (还包括：S6，…, 所述S2包括：S31，…) as the step\'s label, not a term to describe', () => {
    const text = claimsText([
      '1.一种巡检方法，包括：S1，获取点云；S2，对所述点云进行分割。',
      '2.根据权利要求1所述的巡检方法，其特征在于，还包括：S6，对所述点云中的噪点进行滤波。',
      '3.根据权利要求1所述的巡检方法，其特征在于，所述S2包括：S31，将所述点云划分为多个栅格单元。',
    ])
    const description = '巡检方法先获取点云，再对点云进行分割，对点云中的噪点进行滤波，将点云划分为多个栅格单元。'
    expect(checkText(unsupportedTerm, 'CN', text, { description })).toEqual([])
  })

  it('finds the head word of a Markush group ("a material selected from the group consisting of …") in its members', () => {
    const text = claimsText([
      '1. A cutting device comprising a housing and a blade mounted to the housing.',
      '2. The device of claim 1, wherein the housing is formed of a material selected from the group consisting of aluminum, magnesium, and carbon fiber composite.',
      '3. A method of adjusting the device of claim 1, comprising rotating a screw using a tool selected from the group consisting of a hex key, a screwdriver, and a thumb wheel.',
    ])
    const description = 'The cutting device has a housing and a blade mounted to the housing. The housing may be formed of aluminum, '
      + 'magnesium, or a carbon fiber composite. A screw is rotated using a hex key, a screwdriver, or a thumb wheel.'
    expect(checkText(unsupportedTerm, 'US', text, { description })).toEqual([])
    expect(checkText(unsupportedTerm, 'US', text, { description: description.replace('magnesium, ', '') })
      .map((finding) => located(text, 'US', finding))).toEqual(['material'])
  })

  it('finds "a desired rest position" in the rest position the description names, not "a forged lever" in its lever', () => {
    const text = claimsText(['1. A method of adjusting a brake lever, comprising turning a screw until a forged lever reaches a desired rest position.'])
    const description = 'To adjust the brake lever, the screw is turned until the lever reaches the rest position.'
    expect(checkText(unsupportedTerm, 'EP', text, { description }).map((finding) => located(text, 'EP', finding))).toEqual(['forged lever'])
  })

  it('says nothing when no description is given', () => {
    expect(checkText(unsupportedTerm, 'US', claimsText(US_CLAIMS))).toEqual([])
  })
})
