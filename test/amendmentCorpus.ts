import type { MarkupRun } from '../shared/amendment/amendmentMarkup'
import type { ComparedClaim } from '../shared/editor/compareClaims'
import { readCorpusSets } from './corpus/corpus'

/** A corpus claim set as the editor holds it: texts without their printed numbers, ids by number. */
export function corpusClaims(id: string): ComparedClaim[] {
  const set = readCorpusSets().find((s) => s.id === id)
  if (!set) throw new Error(`no corpus set ${id}`)
  return set.claims.map((claim) => ({ id: `c${claim.number}`, text: claim.text.replace(/^\s*\d+\s*[.、．]\s*/, '') }))
}

/** Replaces text in one claim, failing loudly when the text is not there (a test edit that misses proves nothing). */
export function edit(claim: ComparedClaim, from: string, to: string): ComparedClaim {
  if (!claim.text.includes(from)) throw new Error(`“${from}” is not in the claim`)
  return { ...claim, text: claim.text.replace(from, to) }
}

/** The claims with `cancelled` (numbers) left out and the references of the rest renumbered as the editor does. */
export function cancel(claims: readonly ComparedClaim[], ...cancelled: number[]): ComparedClaim[] {
  const kept = claims.filter((_, index) => !cancelled.includes(index + 1))
  const newNumber = (old: number) => old - cancelled.filter((n) => n < old).length
  return kept.map((claim) => ({
    ...claim,
    text: claim.text.replace(/(权利要求|claims? )(\d+)/g, (_, lead: string, n: string) => `${lead}${cancelled.includes(Number(n)) ? n : newNumber(Number(n))}`),
  }))
}

/**
 * Descriptions written for the corpus claim sets, in the words a drafter would have used: they
 * disclose the genus (金属材料, a battery) and some features the claims do not name.
 */
export const CN_116718812A_DESCRIPTION = [
  '本发明涉及半导体测试领域，具体涉及一种用于半导体器件的测试装置的电接触端子。',
  '所述接触端由金属材料制成，例如铍铜合金，其厚度为5毫米。',
  '所述接触端的表面镀有一层金，以降低接触电阻。',
  '在另一实施例中，所述接触引脚的颈部外套设有绝缘套管，绝缘套管防止相邻的接触引脚短路。',
  '测试时，温度传感器安装在测试座上，用于监测半导体器件的温度。',
].join('\n')

export const US_20050004437A1_DESCRIPTION = [
  'The invention relates to a simulation device for displaying and evaluating blood sugar readings.',
  'The simulation device is powered by a battery which is held in the housing.',
  'The housing carries a loudspeaker that plays a warning tone when a reading exceeds a threshold.',
  'The virtual creature is shown on the display means as an animal, for example a dog.',
  'In one embodiment the display means is a liquid crystal display with a resolution of 128 by 64 pixels.',
].join('\n')

/** A marked claim read as the clean text the office will print: insertions in, deletions out. */
export const cleanText = (runs: readonly MarkupRun[]): string => runs.filter((run) => run.type !== 'delete').map((run) => run.text).join('')
