import { APPLICATION_LINE_NAMES } from '../../shared/domain/api'
import { END_REASONS } from '../../shared/domain/workflow'
import { ARCHIVE_FACT_NAMES, type ArchiveFactName, type ArchiveFacts } from '../../shared/review/reviewApi'
import type { Translate } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'

/** The name of each fact an archive entry records, as the application data and the workflow name it. */
const FACT_LABELS: Record<ArchiveFactName, MessageKey> = {
  applicationNumber: 'application.number',
  filingDate: 'application.filingDate',
  applicant: 'application.applicant',
  docketNumber: 'application.docketNumber',
  examiner: 'application.examiner',
  artUnit: 'application.artUnit',
  confirmationNumber: 'application.confirmationNumber',
  grantNumber: 'application.grantNumber',
  grantDate: 'application.grantDate',
  reason: 'workflow.reason',
  decisionDate: 'workflow.decisionDate',
}

const REASONS: readonly string[] = Object.values(END_REASONS).flat()

/**
 * An entry's facts as its reader reads them, in the order the application data shows them:
 * "申请号：202611234567.8 · 申请人：某公司", a reason by its name, a fact cleared as "—".
 */
export function factsText(facts: ArchiveFacts, t: Translate): string {
  const valueOf = (name: ArchiveFactName, value: string) =>
    value === '' ? '—' : name === 'reason' && REASONS.includes(value) ? t(`endReason.${value}` as MessageKey) : value
  return ARCHIVE_FACT_NAMES.flatMap((name) => {
    const value = facts[name]
    return value === undefined ? [] : [t('label.value', { label: t(FACT_LABELS[name]), value: valueOf(name, value) })]
  }).join(' · ')
}

/**
 * A line of application data an entry recorded before entries named their facts ("202611234567.8
 * · 2026-12-03 · Applicant: 某公司"), with the English names in the reader's language. The
 * number and date it starts with carry no name, and stay as written.
 */
export function legacyApplicationLine(line: string, t: Translate): string {
  const named = Object.entries(APPLICATION_LINE_NAMES) as [keyof typeof APPLICATION_LINE_NAMES, string][]
  return line
    .split(' · ')
    .map((part) => {
      const fact = named.find(([, name]) => part.startsWith(`${name}: `))
      return fact ? t('label.value', { label: t(FACT_LABELS[fact[0]]), value: part.slice(fact[1].length + 2) }) : part
    })
    .join(' · ')
}
