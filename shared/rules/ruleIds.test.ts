import { describe, expect, it } from 'vitest'
import { RULE_IDS } from './ruleIds'
import { RULES } from './rules'

describe('RULE_IDS', () => {
  it('names every rule of RULES, in its order, and no other', () => {
    expect([...RULE_IDS]).toEqual(RULES.map((rule) => rule.id))
  })
})
