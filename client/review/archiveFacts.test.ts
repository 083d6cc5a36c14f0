import { describe, expect, it } from 'vitest'
import type { Locale } from '../../shared/i18n/locale'
import type { Translate } from '../i18n/I18nProvider'
import { formatMessage, MESSAGES } from '../i18n/messages'
import { factsText, legacyApplicationLine } from './archiveFacts'

const translate = (locale: Locale): Translate => (key, values) => formatMessage(MESSAGES[locale][key], values)
const zh = translate('zh-CN')
const en = translate('en')

describe('factsText', () => {
  it('names each fact in the reader language, in the order of the application data, a reason by its name', () => {
    expect(factsText({ filingDate: '2026-12-03', applicationNumber: '202611234567.8' }, zh)).toBe('申请号：202611234567.8 · 申请日：2026-12-03')
    expect(factsText({ grantNumber: 'CN118123456B', grantDate: '2027-08-15' }, en)).toBe('Grant publication number: CN118123456B · Grant date: 2027-08-15')
    expect(factsText({ reason: 'rejection-decision', decisionDate: '2027-03-01' }, zh)).toBe('原因：驳回决定 · 决定日：2027-03-01')
    expect(factsText({ reason: 'annual-fee-unpaid' }, en)).toBe('Reason: Annual fee not paid')
  })

  it('shows a fact cleared by a change as a dash', () => {
    expect(factsText({ applicant: '国网某公司', docketNumber: '' }, zh)).toBe('申请人：国网某公司 · 我方文号：—')
  })
})

describe('legacyApplicationLine', () => {
  it('reads a line stored before facts were named, with the names in the reader language', () => {
    const line = '202611234567.8 · 2026-12-03 · Applicant: 国网某公司 · Docket No.: IP-2026-017'
    expect(legacyApplicationLine(line, zh)).toBe('202611234567.8 · 2026-12-03 · 申请人：国网某公司 · 我方文号：IP-2026-017')
    expect(legacyApplicationLine(line, en)).toBe('202611234567.8 · 2026-12-03 · Applicant: 国网某公司 · Docket number: IP-2026-017')
  })
})
