import type { Jurisdiction } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'

export const OFFICE_ACTION_TYPES = ['first', 'subsequent', 'final'] as const

export type OfficeActionType = (typeof OFFICE_ACTION_TYPES)[number]

// Each office names its actions in its own words; the three kinds are what sets the term to reply.
const OFFICE_ACTION_TYPE_LABELS: Record<Jurisdiction, Record<OfficeActionType, LocalizedText>> = {
  CN: {
    first: { 'zh-CN': '第一次审查意见通知书', en: 'First office action' },
    subsequent: { 'zh-CN': '第N次审查意见通知书', en: 'Subsequent office action' },
    final: { 'zh-CN': '最终/驳回前通知', en: 'Final office action' },
  },
  US: {
    first: { 'zh-CN': '非最终审查意见（Non-Final Office Action）', en: 'Non-final office action' },
    subsequent: { 'zh-CN': '后续非最终审查意见（Non-Final Office Action）', en: 'Later non-final office action' },
    final: { 'zh-CN': '最终审查意见（Final Office Action）', en: 'Final office action' },
  },
  EP: {
    first: { 'zh-CN': '第一次审查通知（EPC第94(3)条）', en: 'First communication under Art. 94(3) EPC' },
    subsequent: { 'zh-CN': '后续审查通知（EPC第94(3)条）', en: 'Further communication under Art. 94(3) EPC' },
    final: { 'zh-CN': '口头审理传唤（EPC细则第115条）', en: 'Summons to oral proceedings (Rule 115 EPC)' },
  },
}

/** The name `jurisdiction`'s office gives an office action of `type`; an unknown type by itself. */
export function officeActionTypeLabel(jurisdiction: Jurisdiction, type: string): LocalizedText {
  return OFFICE_ACTION_TYPE_LABELS[jurisdiction][type as OfficeActionType] ?? { 'zh-CN': type, en: type }
}

interface Term {
  /** Days added for presumed delivery before the term starts. */
  deliveryDays: number
  /** Null when the action itself fixes the date (an EPO summons' final date for submissions). */
  months: number | null
  basis: LocalizedText
}

/** The term to reply, by office and kind of office action. Amounts change with the law: update here. */
function replyTerm(jurisdiction: Jurisdiction, type: OfficeActionType): Term {
  switch (jurisdiction) {
    case 'CN':
      // Implementing Rules Art. 4 (served on the 15th day after dispatch); Guidelines Part V Ch. 7: 4 months first, 2 months later.
      return {
        deliveryDays: 15,
        months: type === 'first' ? 4 : 2,
        basis: {
          'zh-CN': `发文日+15日推定送达，${type === 'first' ? '4' : '2'}个月答复期（实施细则第4条；审查指南第五部分第七章）`,
          en: `served 15 days after dispatch, ${type === 'first' ? '4' : '2'}-month term (Implementing Rules Art. 4; Guidelines Part V Ch. 7)`,
        },
      }
    case 'US':
      // 37 CFR 1.134: 3-month shortened statutory period, extendable to 6 months under 1.136(a) for a fee.
      return {
        deliveryDays: 0,
        months: 3,
        basis: {
          'zh-CN': '3个月缩短法定期限，可付费延长至6个月（37 CFR 1.134、1.136(a)）',
          en: '3-month shortened statutory period, extendable to 6 months for a fee (37 CFR 1.134, 1.136(a))',
        },
      }
    case 'EP':
      if (type === 'final') {
        return {
          deliveryDays: 0,
          months: null,
          basis: {
            'zh-CN': '以传唤书所定的书面意见最后提交日为准（EPC细则第116(1)条）',
            en: 'the final date for written submissions set in the summons (Rule 116(1) EPC)',
          },
        }
      }
      // Art. 94(3) EPC with Rule 132: usually 4 months; since 1 Nov 2023 no 10-day delivery fiction (Rule 126(2)).
      return {
        deliveryDays: 0,
        months: type === 'first' ? 4 : 2,
        basis: {
          'zh-CN': `通常${type === 'first' ? '4' : '2'}个月，以通知书所定期限为准（EPC第94(3)条、细则第132条）`,
          en: `usually ${type === 'first' ? '4' : '2'} months; the communication's own term prevails (Art. 94(3), Rule 132 EPC)`,
        },
      }
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Adds months the way patent offices count: the same day of the month, or its last day if it has none. */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target
}

/**
 * The last day to reply to an office action issued on `issueDate` (YYYY-MM-DD), or null when the
 * date is not a valid date; `deadline` is null where the action fixes its own date, which the
 * basis then names. Holidays that move a deadline to the next working day are not known here;
 * the basis says what the term rests on.
 */
export function replyDeadline(
  jurisdiction: Jurisdiction,
  type: OfficeActionType,
  issueDate: string,
): { deadline: string | null; basis: LocalizedText } | null {
  const match = ISO_DATE.exec(issueDate)
  if (!match) return null
  const issued = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (issued.toISOString().slice(0, 10) !== issueDate) return null
  const term = replyTerm(jurisdiction, type)
  if (term.months === null) return { deadline: null, basis: term.basis }
  const served = new Date(issued.getTime() + term.deliveryDays * 86_400_000)
  return { deadline: addMonths(served, term.months).toISOString().slice(0, 10), basis: term.basis }
}
