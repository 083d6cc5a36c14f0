import { describe, expect, it } from 'vitest'
import { singular, supports, termKey } from './termKey'

describe('termKey', () => {
  it('drops articles, quantifiers, case and plural endings from English terms', () => {
    expect(termKey('a plurality of Services', 'en')).toBe('service')
    expect(termKey('said tightening members', 'en')).toBe('tightening member')
    expect(termKey('the at least one CIM provider', 'en')).toBe('cim provider')
  })

  it('drops 所述, 该 and quantifiers from Chinese terms, but not the 一 of 一体', () => {
    expect(termKey('一对接触引脚', 'zh')).toBe('接触引脚')
    expect(termKey('至少一个第一导向孔', 'zh')).toBe('第一导向孔')
    expect(termKey('一体结构', 'zh')).toBe('一体结构')
  })

  it.each([['bodies', 'body'], ['boxes', 'box'], ['members', 'member'], ['lenses', 'lens'], ['means', 'means'], ['glass', 'glass'], ['axis', 'axis']])(
    'reads the singular of "%s" as "%s"', (plural, form) => {
      expect(singular(plural)).toBe(form)
    },
  )
})

describe('supports', () => {
  it('lets an introduced term that ends with or contains the referenced one support it', () => {
    expect(supports('support member', 'member', 'en')).toBe(true)
    expect(supports('第一端盖', '端盖', 'zh')).toBe(true)
  })

  it('matches English keys on whole words only', () => {
    expect(supports('membership card', 'member', 'en')).toBe(false)
  })

  it('lets a Chinese name with a symbol after it support the name, and a reference add the symbol; symbols still tell things apart', () => {
    expect(supports('风偏角θ', '风偏角', 'zh')).toBe(true)
    expect(supports('风偏角θ', '偏角', 'zh')).toBe(true)
    expect(supports('风偏角', '风偏角θ', 'zh')).toBe(true)
    expect(supports('电阻R1', '电阻', 'zh')).toBe(true)
    expect(supports('第一电阻R1', '电阻R1', 'zh')).toBe(true)
    expect(supports('电阻R1', '电阻R2', 'zh')).toBe(false)
    expect(supports('风偏角θ', '倾角', 'zh')).toBe(false)
    expect(supports('齿轮箱', '齿轮θ', 'zh')).toBe(false)
    expect(supports('第一LED灯', 'LED', 'zh')).toBe(false)
  })

  it('does not let a shorter introduction support a longer reference', () => {
    expect(supports('core device model', 'core device model agent', 'en')).toBe(false)
    expect(supports('端盖', '左端盖', 'zh')).toBe(false)
  })
})
