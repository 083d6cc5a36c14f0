import { describe, expect, it } from 'vitest'
import type { LocatedFinding } from '../../shared/editor/analyzePatentDocument'
import { RULES } from '../../shared/rules/rules'
import { legalBases, sourceInEachLanguage, withBasis } from './findingBasis'

describe('the legal basis a finding cites', () => {
  it('cites a Chinese source in the reader\'s language, a US or EPO one as it is written', () => {
    expect(sourceInEachLanguage('专利法第26条第4款 / Patent Law Art. 26(4)')).toEqual({ 'zh-CN': '专利法第26条第4款', en: 'Patent Law Art. 26(4)' })
    expect(sourceInEachLanguage('35 USC 112(b); MPEP 2173.05(e)')).toEqual({ 'zh-CN': '35 USC 112(b); MPEP 2173.05(e)', en: '35 USC 112(b); MPEP 2173.05(e)' })
  })

  it('has every rule\'s Chinese source in both languages: Chinese for the Chinese reader, no Chinese for the English one', () => {
    const cn = legalBases(RULES, 'CN')
    expect([...cn.keys()].sort()).toEqual(RULES.filter((rule) => rule.source.CN).map((rule) => rule.id).sort())
    for (const [rule, basis] of cn) {
      expect(basis['zh-CN'], rule).toMatch(/\p{Script=Han}/u)
      expect(basis.en, rule).not.toMatch(/\p{Script=Han}/u)
    }
    expect(cn.get('claims.antecedent-basis')).toEqual({
      'zh-CN': '专利法第26条第4款；专利审查指南第二部分第二章3.2.2节',
      en: 'Patent Law Art. 26(4); Guidelines Part II Ch. 2 §3.2.2',
    })
  })

  it('gives a finding the basis of its rule for the office, and none to a rule that cites none there', () => {
    const basisOf = (rule: string, office: 'CN' | 'US') => withBasis([{ rule } as LocatedFinding], legalBases(RULES, office))[0]!.basis
    expect(basisOf('claims.means-plus-function', 'US')).toEqual({ 'zh-CN': '35 USC 112(f); MPEP 2181', en: '35 USC 112(f); MPEP 2181' })
    expect(basisOf('claims.means-plus-function', 'CN')).toBeNull()
    expect(basisOf('reply.ground-unanswered', 'CN')).toBeNull()
  })
})
