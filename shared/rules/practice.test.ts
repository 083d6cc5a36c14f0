import { describe, expect, it } from 'vitest'
import type { Jurisdiction } from '../claims/types'
import { analyzeClaimSet } from './analyze'

/**
 * Wording that practitioners accept in published claims and the checker once reported, each
 * kind with an example of its own, and the lapses it must still catch (issue 7).
 */

/** Each error and warning as [rule, claim, the words it points at]. */
function raised(jurisdiction: Jurisdiction, ...claims: string[]): [string, number | null, string][] {
  const result = analyzeClaimSet({ jurisdiction, claimsText: claims.join('\n') })
  return result.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => {
      const claim = result.claims.find((candidate) => candidate.number === finding.claim)
      return [finding.rule, finding.claim, claim?.text.slice(finding.start, finding.end) ?? '']
    })
}

const antecedents = (jurisdiction: Jurisdiction, ...claims: string[]) =>
  raised(jurisdiction, ...claims).filter(([rule]) => rule === 'claims.antecedent-basis').map(([, claim, text]) => [claim, text])

describe('English noun phrases end where a verb, adjective or adverb begins', () => {
  it('reads "the arm pivotable about", "the pump delivers fluid" and "the signal indicative of" as the arm, the pump and the signal', () => {
    expect(antecedents('US',
      '1. A crane comprising an arm, a pin, a pump, a fluid and a signal, wherein the arm pivotable about the pin, the pump delivers fluid, the pump regulates the fluid and the signal indicative of a load are connected.',
    )).toEqual([])
  })
})

describe('English introductions end where their noun phrase ends', () => {
  it('reads "an upper track slidable relative to", "a lever rotatable independently of" and "a rod made of" as the track, the lever and the rod', () => {
    expect(antecedents('US',
      '1. A seat comprising a lower track, an upper track slidable relative to the lower track, a lever rotatable independently of the upper track, and a rod made of steel, wherein the upper track, the lever and the rod are connected.',
    )).toEqual([])
  })
})

describe('English terms introduced in another form', () => {
  it('finds the introduction of a plural, an abbreviation defined inside a term, a hyphenated variant and dropped adjectives', () => {
    expect(antecedents('US',
      '1. A cart comprising a plurality of legs, a global positioning system (GPS) module, a hand-held unit and two parallel rails.',
      '2. The cart of claim 1, wherein the legs, the GPS module, the global positioning system module and said hand held unit are fixed to the two rails.',
      '3. The cart of claim 1, wherein the rails and the parallel rails are steel.',
    )).toEqual([])
  })

  it('reads "the respective valves", "the corresponding valve" and "the other end" as the valves and one of the ends', () => {
    expect(antecedents('US',
      '1. An apparatus comprising a plurality of valves, a controller and a tube having a first end and a second end, wherein the controller opens the respective valves and closes the corresponding valve, and the other end is open.',
    )).toEqual([])
  })

  it('reads "a first one of the plurality of clients" as the first client, and modifiers that share a head as one term each', () => {
    expect(antecedents('US',
      '1. A method comprising receiving a request from a first one of the plurality of clients and dispatching the first client to a first one of a plurality of media servers, a paper or cardboard web and a storing, evaluating and controlling unit.',
      '2. The method of claim 1, wherein the first media server stores the paper web and the evaluating unit receives the request.',
    )).toEqual([])
  })

  it('accepts terms introduced without an article, after a verb', () => {
    expect(antecedents('US',
      '1. A method comprising receiving confirmation, selecting first data units and joining a frame by two parallel rails, wherein said confirmation, the first data units and the rails are stored.',
      '2. A device comprising a processor and a memory to store instructions, wherein the instructions cause the processor to act.',
    )).toEqual([])
  })

  it('does not take a longer term as the antecedent of its first words: "the vehicle" after "a vehicle seat"', () => {
    expect(antecedents('US',
      '1. A vehicle seat comprising a frame assembly and a cushion.',
      '2. The vehicle seat of claim 1, wherein the vehicle moves the frame and the cushion.',
    )).toEqual([[2, 'vehicle'], [2, 'frame']])
  })
})

describe('English terms that need no introduction', () => {
  it('accepts inherent attributes, terms defined by the clause after them, idioms and things there is one of', () => {
    expect(antecedents('US',
      '1. A method comprising the steps of sending a rod and a device over the Internet, wherein the total length of the rod is 5 mm, the power consumption of the device is low, the front ends thereof are round, and d is the distance at which the rod engages the device.',
      '2. Apparatus according to claim 1, wherein the boundary of the device is round and the boundary is smooth.',
    )).toEqual([])
  })

  it('accepts a quantity named in a hyphenated compound, what a thing holds, and an attribute named before', () => {
    expect(antecedents('US',
      '1. A process comprising feeding a web from a stock density-regulated headbox to a memory holding an object, wherein the stock density is changed, the data in the object is read, and the basis weight profile of the web and the basis weight are measured.',
    )).toEqual([])
  })

  it('takes a method of making a thing as introducing the thing', () => {
    expect(antecedents('US',
      '1. A thin film manufacturing method comprising coating a substrate.',
      '2. The thin film manufacturing method of claim 1, wherein the thin film is dried.',
    )).toEqual([])
  })
})

describe('Chinese terms end where a verb, adverb, preposition or localiser begins', () => {
  it('reads 所述连杆自…, 所述板中, 所述槽贯通…, 所述凸台仅…, 所述滑块偏离… and 所述滑块接触 as the terms alone', () => {
    expect(antecedents('CN',
      '1.一种连接装置，其特征在于，底座上固定连杆、板、槽、凸台和滑块，所述连杆自所述底座伸出，所述板中设有通孔，所述槽贯通所述板，所述凸台仅与所述滑块接触，所述滑块偏离所述槽的中心线，所述连杆延伸至所述板。',
    )).toEqual([])
  })

  it('reads 所述第一、第二连接板 as a list, and a step after 包括 as no list of features', () => {
    expect(antecedents('CN',
      '1.一种夹持方法，其特征在于，包括：将工件放在第一连接板和第二连接板之间，所述第一、第二连接板平行设置。',
      '2.根据权利要求1所述的夹持方法，其特征在于，所述方法还包括检测所述工件的位置。',
    )).toEqual([])
  })

  it('needs no introduction for a step named by its label, and ends a term at 每隔 and at a verb closing the clause', () => {
    expect(antecedents('CN',
      '1.一种温度控制方法，其特征在于，包括以下步骤：S1、通过温度传感器采集温度值；S2、比较所述温度值与阈值，加热器工作。',
      '2.根据权利要求1所述的温度控制方法，其特征在于，所述步骤S1中，所述温度传感器每隔1秒采集一次所述温度值，所述加热器关闭。',
    )).toEqual([])
  })

  it('does not take a longer term as the antecedent of its first characters: 所述齿轮 after 齿轮箱', () => {
    expect(antecedents('CN',
      '1.一种减速装置，其特征在于，包括齿轮箱和电机。',
      '2.根据权利要求1所述的减速装置，其特征在于，所述齿轮与所述电机连接。',
    )).toEqual([[2, '齿轮']])
  })
})

describe('a term introduced twice', () => {
  const ambiguous = (jurisdiction: Jurisdiction, ...claims: string[]) =>
    raised(jurisdiction, ...claims).filter(([rule]) => rule === 'claims.antecedent-ambiguous').map(([, claim, text]) => [claim, text])

  it('is not ambiguous when one introduction names a class and the other one of it, or another one', () => {
    expect(ambiguous('US',
      '1. A device comprising a plurality of modes and a computer, wherein a mode is selected, another computer is idle, and the mode and the computer are stored.',
    )).toEqual([])
    expect(ambiguous('CN', '1.一种签名系统，其特征在于，存储器保持用户的模板，所述用户登录，所述存储器保持多个用户的模板，所述用户的数量为十。')).toEqual([])
  })

  it('is not ambiguous when a later clause explains what each of several things holds', () => {
    expect(ambiguous('CN', '1.一种装置，其特征在于，包括多个第一单元和多组支架，每组包括多个第一单元，所述第一单元为钢制。')).toEqual([])
  })

  it('is ambiguous when the same thing is introduced again in the same number', () => {
    expect(ambiguous('US',
      '1. A faucet comprising a seat and a plurality of connectors.',
      '2. The faucet of claim 1, wherein a plurality of connectors are positioned so that said connectors are in contact with the seat.',
    )).toEqual([[2, 'connectors']])
  })
})
