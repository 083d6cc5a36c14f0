import { expect, it } from 'vitest'
import { isCheckId, ruleNamesEn, ruleNamesZhCN } from './ruleNames'

it('names the checks of a reply beside the drafting rules, for a dismissal in the archive', () => {
  expect(isCheckId('amendment.added-matter')).toBe(true)
  expect(isCheckId('claims.reference-forward')).toBe(true)
  expect(isCheckId('claims.no-such-rule')).toBe(false)
  expect(ruleNamesEn['ruleName.amendment.added-matter']).toBe('Amendment beyond the application as filed')
  expect(ruleNamesZhCN['ruleName.reply.ground-unanswered']).toBe('审查意见未答复')
})
