import type { Jurisdiction } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'

/** What an examiner can object to, the same idea at every office. */
export type GroundKind = 'novelty' | 'inventive-step' | 'clarity' | 'sufficiency' | 'added-matter'

export interface ObjectionGround {
  /** What the objection node's `ground` attribute holds: the provision as the office cites it. */
  code: string
  kind: GroundKind
  label: LocalizedText
}

const ground = (code: string, kind: GroundKind, zh: string, en: string): ObjectionGround => ({ code, kind, label: { 'zh-CN': zh, en } })

/** The grounds of objection per office, in the order an office action usually raises them. */
export const OBJECTION_GROUNDS: Record<Jurisdiction, readonly ObjectionGround[]> = {
  CN: [
    ground('A22.2', 'novelty', '新颖性（专利法第22条第2款）', 'Novelty (Patent Law A22.2)'),
    ground('A22.3', 'inventive-step', '创造性（专利法第22条第3款）', 'Inventive step (Patent Law A22.3)'),
    ground('A26.4', 'clarity', '不清楚/得不到说明书支持（专利法第26条第4款）', 'Clarity and support (Patent Law A26.4)'),
    ground('A26.3', 'sufficiency', '公开不充分（专利法第26条第3款）', 'Sufficiency of disclosure (Patent Law A26.3)'),
    ground('A33', 'added-matter', '修改超范围（专利法第33条）', 'Added matter (Patent Law A33)'),
  ],
  US: [
    ground('35 USC 102', 'novelty', '新颖性（35 USC 102）', 'Anticipation (35 USC 102)'),
    ground('35 USC 103', 'inventive-step', '显而易见性（35 USC 103）', 'Obviousness (35 USC 103)'),
    ground('35 USC 112(b)', 'clarity', '不明确（35 USC 112(b)）', 'Indefiniteness (35 USC 112(b))'),
    ground('35 USC 112(a)', 'sufficiency', '书面描述/可实施性（35 USC 112(a)）', 'Written description and enablement (35 USC 112(a))'),
    ground('35 USC 132(a)', 'added-matter', '新物质（35 USC 132(a)）', 'New matter (35 USC 132(a))'),
  ],
  EP: [
    ground('Art 54 EPC', 'novelty', '新颖性（EPC第54条）', 'Novelty (Art 54 EPC)'),
    ground('Art 56 EPC', 'inventive-step', '创造性（EPC第56条）', 'Inventive step (Art 56 EPC)'),
    ground('Art 84 EPC', 'clarity', '清楚与支持（EPC第84条）', 'Clarity and support (Art 84 EPC)'),
    ground('Art 83 EPC', 'sufficiency', '公开充分（EPC第83条）', 'Sufficiency of disclosure (Art 83 EPC)'),
    ground('Art 123(2) EPC', 'added-matter', '修改超范围（EPC第123(2)条）', 'Added matter (Art 123(2) EPC)'),
  ],
}

/** The ground with this code at an office; null for a code written by hand that the office does not list. */
export function objectionGround(jurisdiction: Jurisdiction, code: string): ObjectionGround | null {
  const wanted = code.replace(/\s+/g, '').toLowerCase()
  return OBJECTION_GROUNDS[jurisdiction].find((g) => g.code.replace(/\s+/g, '').toLowerCase() === wanted) ?? null
}

/**
 * The claim numbers an objection names: "1-3, 5", "1至3、5", "权利要求1-3", "claims 1 to 3 and 5".
 * Ranges cover every number between their ends; anything that is not a number is skipped.
 */
export function objectedClaimNumbers(claims: string): number[] {
  const numbers = new Set<number>()
  for (const match of claims.matchAll(/(\d+)(?:\s*(?:-|–|—|~|～|至|到|to)\s*(\d+))?/g)) {
    const first = Number(match[1])
    const last = match[2] === undefined ? first : Number(match[2])
    // A reversed or huge range is a typing slip, not a thousand claims.
    if (last < first || last - first > 500) numbers.add(first)
    else for (let n = first; n <= last; n++) numbers.add(n)
  }
  return [...numbers].sort((a, b) => a - b)
}
