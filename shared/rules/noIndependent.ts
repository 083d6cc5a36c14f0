import type { ClaimSet } from './claimSet'
import { claimSetFinding } from './finding'
import type { ClaimRule, Finding } from './types'

/** A claim set has at least one independent claim; an empty or wholly cancelled set is not checked. */
export const noIndependent: ClaimRule = {
  id: 'claims.no-independent',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第23条第1款 / Implementing Rules Art. 23(1)',
    US: '35 USC 112(b), 112(d); 37 CFR 1.75(a)',
    EP: 'EPC Rule 43(1), 43(4)',
  },
  title: {
    'zh-CN': '权利要求书至少有一项独立权利要求',
    en: 'The claims include at least one independent claim',
  },
  advice: {
    'zh-CN': '至少写一项不引用其他权利要求的独立权利要求。',
    en: 'Write at least one independent claim that refers to no other claim.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const claims = claimSet.activeClaims
    if (claims.length === 0 || claims.some((claim) => claim.kind === 'independent')) return []
    return [claimSetFinding(noIndependent, {
      'zh-CN': '权利要求书中没有独立权利要求',
      en: 'The claim set has no independent claim',
    })]
  },
}
