import { expect, it } from 'vitest'
import { ADDED_MATTER } from '../../shared/amendment/addedMatter'
import { AMENDMENT_NOT_OBJECTED, CITED_DOCUMENT_EMPTY, CLAIMS_UNREADABLE, GROUND_UNANSWERED, US_CLAIM_RENUMBERED } from '../../shared/editor/replyChecks'
import { isCheckId, REPLY_CHECK_IDS, ruleNamesEn, ruleNamesZhCN } from './ruleNames'

it('names the checks of a reply beside the drafting rules, for a dismissal in the archive', () => {
  expect(isCheckId('amendment.added-matter')).toBe(true)
  expect(isCheckId('claims.reference-forward')).toBe(true)
  expect(isCheckId('claims.no-such-rule')).toBe(false)
  expect(ruleNamesEn['ruleName.amendment.added-matter']).toBe('Amendment beyond the application as filed')
  expect(ruleNamesZhCN['ruleName.reply.ground-unanswered']).toBe('审查意见未答复')
})

it('names exactly the checks the reply and amendment modules define', () => {
  expect([...REPLY_CHECK_IDS].sort()).toEqual([ADDED_MATTER, GROUND_UNANSWERED, CLAIMS_UNREADABLE, CITED_DOCUMENT_EMPTY, AMENDMENT_NOT_OBJECTED, US_CLAIM_RENUMBERED].sort())
})
