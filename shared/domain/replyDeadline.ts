import type { Jurisdiction } from '../claims/types'
import type { LocalizedText } from '../i18n/locale'

export const OFFICE_ACTION_TYPES = ['first', 'subsequent', 'final'] as const

export type OfficeActionType = (typeof OFFICE_ACTION_TYPES)[number]

// Each office names its actions in its own words; the three kinds are what sets the term to reply.
const OFFICE_ACTION_TYPE_LABELS: Record<Jurisdiction, Record<OfficeActionType, LocalizedText>> = {
  CN: {
    first: { 'zh-CN': '第一次审查意见通知书', en: 'First office action' },
    // With its round: 第二次审查意见通知书 (subsequentLabel); a reply stored without one reads this.
    subsequent: { 'zh-CN': '后续审查意见通知书', en: 'Subsequent office action' },
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

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 2 → 二, 10 → 十, 11 → 十一, 23 → 二十三, as CNIPA numbers its actions; 100 and beyond in Arabic. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  const tens = Math.floor(n / 10)
  const units = n % 10
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`}${CHINESE_DIGITS[units]}`
}

const ENGLISH_ORDINALS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth']

const englishOrdinal = (n: number): string => {
  if (n < ENGLISH_ORDINALS.length) return ENGLISH_ORDINALS[n]!
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** A later action named by its round where the office numbers its actions (CNIPA; the EPO's communications). */
function subsequentLabel(jurisdiction: Jurisdiction, round: number): LocalizedText | null {
  if (jurisdiction === 'CN') return { 'zh-CN': `第${chineseNumeral(round)}次审查意见通知书`, en: `${englishOrdinal(round)} office action` }
  if (jurisdiction === 'EP') return { 'zh-CN': `第${chineseNumeral(round)}次审查通知（EPC第94(3)条）`, en: `${englishOrdinal(round)} communication under Art. 94(3) EPC` }
  return null
}

/**
 * The name `jurisdiction`'s office gives an office action of `type` — a later one by its `round`
 * when known (CN 第二次审查意见通知书; `round` as the `officeAction` node keeps it, "2" or 2) —;
 * an unknown type by itself.
 */
export function officeActionTypeLabel(jurisdiction: Jurisdiction, type: string, round?: number | string | null): LocalizedText {
  const n = typeof round === 'string' ? (/^\s*\d{1,3}\s*$/.test(round) ? Number(round) : NaN) : (round ?? NaN)
  if (type === 'subsequent' && Number.isInteger(n) && n >= 2) {
    const numbered = subsequentLabel(jurisdiction, n)
    if (numbered) return numbered
  }
  return OFFICE_ACTION_TYPE_LABELS[jurisdiction][type as OfficeActionType] ?? { 'zh-CN': type, en: type }
}

interface Term {
  /** Days added for presumed delivery before the term starts. */
  deliveryDays: number
  /** Null when the action itself fixes the date (an EPO summons' final date for submissions). */
  months: number | null
  basis: LocalizedText
}

/**
 * The day the revised Implementing Rules came into force (20 January 2024): since then a notice
 * served electronically is served the day it enters the applicant's system — in practice its
 * dispatch date — and only a notice sent by post is presumed received 15 days after dispatch.
 */
const CN_ELECTRONIC_SERVICE_FROM = '2024-01-20'

/**
 * The term to reply, by office, kind of office action and its date (YYYY-MM-DD). Amounts change
 * with the law: update here.
 */
function replyTerm(jurisdiction: Jurisdiction, type: OfficeActionType, issueDate: string): Term {
  switch (jurisdiction) {
    case 'CN': {
      // Guidelines Part V Ch. 7: 4 months for a first action, 2 for later ones.
      const months = type === 'first' ? 4 : 2
      // Nearly every application is served electronically; a deadline counted as if by post would
      // fall 15 days after the real one, so the earlier one is given and the basis names the other.
      if (issueDate >= CN_ELECTRONIC_SERVICE_FROM) {
        return {
          deliveryDays: 0,
          months,
          basis: {
            'zh-CN': `电子送达以发文日为送达日，${months}个月答复期（实施细则第4条；审查指南第五部分第七章）；纸件邮寄送达的，自发文日起满15日推定收到，期限相应顺延`,
            en: `served electronically on the day of dispatch, ${months}-month term (Implementing Rules Art. 4; Guidelines Part V Ch. 7); served by post: presumed received 15 days after dispatch, and the term runs from then`,
          },
        }
      }
      return {
        deliveryDays: 15,
        months,
        basis: {
          'zh-CN': `发文日+15日推定送达，${months}个月答复期（实施细则第4条；审查指南第五部分第七章）`,
          en: `served 15 days after dispatch, ${months}-month term (Implementing Rules Art. 4; Guidelines Part V Ch. 7)`,
        },
      }
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
  const term = replyTerm(jurisdiction, type, issueDate)
  if (term.months === null) return { deadline: null, basis: term.basis }
  const served = new Date(issued.getTime() + term.deliveryDays * 86_400_000)
  return { deadline: addMonths(served, term.months).toISOString().slice(0, 10), basis: term.basis }
}
