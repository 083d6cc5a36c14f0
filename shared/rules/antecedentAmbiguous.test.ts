import { describe, expect, it } from 'vitest'
import { antecedentAmbiguous } from './antecedentAmbiguous'
import { CN_CLAIMS, US_CLAIMS, claimsText } from './testing/claimSets'
import { checkClaims, checkText, located } from './testing/factories'

describe('claims.antecedent-ambiguous', () => {
  it('accepts Chinese claims that introduce each term once', () => {
    expect(checkText(antecedentAmbiguous, 'CN', claimsText(CN_CLAIMS))).toEqual([])
  })

  it('reports a Chinese term introduced a second time and then referred to, at the second introduction', () => {
    const text = '1.一种支撑装置，其特征在于，包括一个滑块（2）和一个滑块（3），所述滑块为钢制。'
    const findings = checkClaims(antecedentAmbiguous, 'CN', [{
      text,
      subject: '支撑装置',
      introduces: ['支撑装置', '滑块', '滑块'],
      refersTo: ['所述滑块'],
      signs: [{ words: '2', sign: '2' }, { words: '3', sign: '3' }],
    }])
    expect(findings).toMatchObject([{ severity: 'warning', claim: 1, start: text.indexOf('滑块（3）') }])
  })

  it('accepts the thing of another claim named through its reference ("a brake lever assembly as claimed in claim 1")', () => {
    const text = [
      '1. A brake lever assembly comprising a lever and a reach adjuster.',
      '2. A bicycle comprising a handlebar and a brake lever assembly as claimed in claim 1.',
      '3. The bicycle of claim 2, wherein the brake lever assembly is mounted on the handlebar.',
    ].join('\n')
    expect(checkText(antecedentAmbiguous, 'EP', text)).toEqual([])
  })

  it('accepts a Chinese claim to the thing another claim\'s subject belongs to ("一种巡检机器人，包括权利要求1所述的传感器安装结构")', () => {
    const text = claimsText([
      '1.一种巡检机器人的传感器安装结构，其特征在于，包括支架和毫米波雷达（3），所述毫米波雷达（3）安装在所述支架上。',
      '2.一种巡检机器人，其特征在于，包括权利要求1所述的传感器安装结构，所述巡检机器人还包括底盘。',
      '3.根据权利要求2所述的巡检机器人，其特征在于，所述巡检机器人的底盘为履带式。',
    ])
    expect(checkText(antecedentAmbiguous, 'CN', text)).toEqual([])
  })

  it('accepts a Chinese term named again with the same reference sign', () => {
    expect(checkClaims(antecedentAmbiguous, 'CN', [{
      text: '1.一种支撑装置，其特征在于，包括一个滑块（2），还包括一个滑块（2），所述滑块为钢制。',
      subject: '支撑装置',
      introduces: ['支撑装置', '滑块', '滑块'],
      refersTo: ['所述滑块'],
      signs: [{ words: '2', sign: '2' }, { words: '2', sign: '2' }],
    }])).toEqual([])
  })

  it('accepts English claims that introduce each term once', () => {
    expect(checkText(antecedentAmbiguous, 'US', claimsText(US_CLAIMS))).toEqual([])
  })

  it('reports "a signal … a signal … the signal"', () => {
    const text = claimsText([
      '1. A receiver comprising an antenna that receives a signal and a filter that outputs a signal, wherein the signal is digital.',
    ])
    const findings = checkText(antecedentAmbiguous, 'EP', text)
    expect(findings).toMatchObject([{ claim: 1 }])
    expect(findings[0]?.start).toBe(text.indexOf('signal, wherein'))
    expect(located(text, 'EP', findings[0]!)).toBe('signal')
  })

  it('accepts "a posture" after "A method of monitoring posture": the preamble names the purpose, not a posture', () => {
    const text = claimsText([
      '1. A method of monitoring posture, comprising: sensing, by a sensor worn by a user, a posture of the user; and storing the posture.',
      '2. The method of claim 1, wherein the posture is a sitting posture.',
    ])
    expect(checkText(antecedentAmbiguous, 'US', text)).toEqual([])
  })

  it('still reports a term the preamble introduces with "a" and the body again with "a"', () => {
    const text = claimsText(['1. A method of aligning a wafer, comprising: placing a wafer on a chuck; and rotating the wafer.'])
    expect(checkText(antecedentAmbiguous, 'US', text).map((finding) => located(text, 'US', finding))).toEqual(['wafer'])
  })

  it('accepts a second introduction that no plain reference follows', () => {
    const text = claimsText(['1. A receiver comprising an antenna that receives a signal and a filter that outputs a signal of lower bandwidth.'])
    expect(checkText(antecedentAmbiguous, 'US', text)).toEqual([])
  })

  it('reads "a bicycle" of a statement of purpose as no second introduction ("for a bicycle", "for retrofitting a bicycle")', () => {
    const text = claimsText([
      '1. A brake lever for a bicycle (B), comprising a housing (2).',
      '2. Use of the brake lever according to claim 1 for retrofitting a bicycle.',
      '3. Use according to claim 2, wherein the bicycle is a racing bicycle.',
      '4. A bicycle comprising the brake lever according to claim 1, wherein the bicycle is red.',
    ])
    expect(checkText(antecedentAmbiguous, 'EP', text)).toEqual([])
    // Within one claim, a body that introduces the thing of its purpose again is still ambiguous.
    const again = claimsText(['1. A brake for a bicycle, comprising a lever attached to a bicycle, wherein the bicycle is red.'])
    expect(checkText(antecedentAmbiguous, 'EP', again).map((finding) => located(again, 'EP', finding))).toEqual(['bicycle'])
  })

  it('accepts "a change in the pressure … a change in the temperature": complements that name different things tell two changes apart', () => {
    const text = claimsText([
      '1. A method of monitoring a boiler, comprising: detecting a change in a pressure of the boiler; and signalling a change in the temperature of the boiler.',
      '2. The method of claim 1, wherein the change is logged.',
    ])
    expect(checkText(antecedentAmbiguous, 'US', text)).toEqual([])
    // The same complement names the same kind of thing again: which request does "the request" mean?
    const same = claimsText([
      '1. A method comprising: receiving a request for an operation by a client; and queuing a request for an operation initiated by the client, wherein the request is logged.',
    ])
    expect(checkText(antecedentAmbiguous, 'US', same).map((finding) => located(same, 'US', finding))).toEqual(['request'])
  })
})
