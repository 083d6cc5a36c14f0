import type { ClaimLanguage } from './types'

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/** A claim is Chinese when it contains a CJK character, else English. */
export function detectClaimLanguage(text: string): ClaimLanguage {
  return CJK.test(text) ? 'zh' : 'en'
}
