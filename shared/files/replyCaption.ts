import type { Jurisdiction } from '../claims/types'
import type { MatterView } from '../domain/api'
import { sectionLabel } from '../editor/sectionFields'
import type { LayoutBlock } from './officeLayout'

/**
 * The application a reply answers for, as the matter records it: its number and filing date as
 * the office gave them, who applies, our docket number, and what the USPTO's notices name. Null or
 * absent where not recorded.
 */
export interface ApplicationData {
  number: string | null
  filingDate: string | null
  applicant?: string | null
  docketNumber?: string | null
  examiner?: string | null
  artUnit?: string | null
  confirmationNumber?: string | null
}

/** A matter's application facts as a reply's head names them. */
export const applicationDataOf = (
  matter: Pick<MatterView, 'applicationNumber' | 'filingDate' | 'applicant' | 'docketNumber' | 'examiner' | 'artUnit' | 'confirmationNumber'>,
): ApplicationData => ({
  number: matter.applicationNumber,
  filingDate: matter.filingDate,
  applicant: matter.applicant,
  docketNumber: matter.docketNumber,
  examiner: matter.examiner,
  artUnit: matter.artUnit,
  confirmationNumber: matter.confirmationNumber,
})

type HeadFact = keyof ApplicationData | 'title'

/**
 * The facts that head a reply, in the order of its office's papers, under the office's labels.
 * US: the caption that identifies the application on a paper's top page (37 CFR 1.5(a); MPEP 502,
 * and MPEP 503 for the confirmation number), then our docket number. CN: the order of the
 * 意见陈述书 form (申请号, 申请日, 发明创造名称, 申请人), then our reference. EP: the same order.
 */
const HEAD_FACTS: Record<Jurisdiction, readonly (readonly [HeadFact, string])[]> = {
  US: [
    ['applicant', 'Applicant'],
    ['number', 'Application No.'],
    ['filingDate', 'Filing Date'],
    ['title', 'Title'],
    ['artUnit', 'Art Unit'],
    ['examiner', 'Examiner'],
    ['confirmationNumber', 'Confirmation No.'],
    ['docketNumber', 'Attorney Docket No.'],
  ],
  EP: [
    ['number', 'Application No.'],
    ['filingDate', 'Filing date'],
    ['title', sectionLabel('title', 'en')],
    ['applicant', 'Applicant'],
    ['docketNumber', 'Our ref.'],
  ],
  CN: [
    ['number', '申请号'],
    ['filingDate', '申请日'],
    ['title', sectionLabel('title', 'zh-CN')],
    ['applicant', '申请人'],
    ['docketNumber', '我方文号'],
  ],
}

/** Where papers for the USPTO are addressed (37 CFR 1.1(a)(1)), under the caption. */
const USPTO_ADDRESS = 'Commissioner for Patents\nP.O. Box 1450\nAlexandria, VA 22313-1450'

/** The paper's own title, after the address: which paper this is. */
const US_RESPONSE_TITLE = 'RESPONSE TO OFFICE ACTION'

/**
 * The signature that closes a reply, left blank for the filed copy. US: signed by the practitioner,
 * with the name printed and the registration number beside it (37 CFR 1.4(d)(2)). EP: by the
 * representative, the name under the signature (EPC Rule 50(3), Guidelines A-VIII, 3.2). CN: the
 * 意见陈述书 form's signature of the 专利代理师 and its date.
 */
const SIGNATURE: Record<Jurisdiction, readonly LayoutBlock[]> = {
  US: [
    { type: 'paragraph', number: null, text: 'Respectfully submitted,' },
    { type: 'signature-line', label: 'Signature' },
    { type: 'signature-line', label: 'Name' },
    { type: 'signature-line', label: 'Registration No.' },
    { type: 'signature-line', label: 'Date' },
  ],
  EP: [
    { type: 'signature-line', label: 'Signature of the representative' },
    { type: 'signature-line', label: 'Name' },
  ],
  CN: [
    { type: 'signature-line', label: '专利代理师（签字）' },
    { type: 'signature-line', label: '日期' },
  ],
}

/** What frames a reply's own text: the facts at its head, and the signature at its end. */
export interface ReplyCaption {
  head: LayoutBlock[]
  signature: readonly LayoutBlock[]
}

/**
 * A reply's head and signature as its office expects them on a filed paper. The head gives the
 * facts recorded, in the office's order (the title always); a US head, under the caption's first
 * line (US_RESPONSE_PART), follows them with the address and the paper's title.
 */
export function replyCaption(jurisdiction: Jurisdiction, application: ApplicationData | null, title: string): ReplyCaption {
  const facts = HEAD_FACTS[jurisdiction].flatMap(([fact, label]): LayoutBlock[] => {
    const text = fact === 'title' ? title : application?.[fact]
    // The title stands even while unwritten, as it always has; the other facts once recorded.
    return fact === 'title' || text ? [{ type: 'field', label, text: text ?? '' }] : []
  })
  const head: LayoutBlock[] =
    jurisdiction === 'US' ? [...facts, { type: 'paragraph', number: null, text: USPTO_ADDRESS }, { type: 'title', text: US_RESPONSE_TITLE }] : facts
  return { head, signature: SIGNATURE[jurisdiction] }
}
