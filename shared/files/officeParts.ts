import type { Jurisdiction } from '../claims/types'
import type { LayoutPartRole } from './officeLayout'

export interface OfficePart {
  /** The running-header name of the part's pages. */
  name: string
  /** The heading at the top of the part; null where the office prints none. */
  heading: string | null
}

/**
 * How each office names the parts of an application and of a reply. CN: each part on its own
 * pages under its name (Implementing Rules Art. 17–23, the CNIPA forms 权利要求书, 说明书, 说明书摘要).
 * US: the specification under its title, the claims on a separate sheet opened by "What is claimed
 * is:" (37 CFR 1.75(h)), the abstract on a separate sheet headed "Abstract" (37 CFR 1.72(b)).
 * EP: Description, Claims, Abstract (EPC Rules 42, 43, 47).
 */
export const OFFICE_PARTS: Record<Jurisdiction, Record<LayoutPartRole, OfficePart>> = {
  CN: {
    claims: { name: '权利要求书', heading: '权利要求书' },
    description: { name: '说明书', heading: '说明书' },
    abstract: { name: '说明书摘要', heading: '说明书摘要' },
    disclosure: { name: '技术交底书', heading: '技术交底书' },
    reply: { name: '意见陈述书', heading: '意见陈述书' },
  },
  US: {
    claims: { name: 'Claims', heading: null },
    description: { name: 'Specification', heading: null },
    abstract: { name: 'Abstract', heading: 'ABSTRACT' },
    disclosure: { name: 'Invention Disclosure', heading: 'INVENTION DISCLOSURE' },
    reply: { name: 'Remarks', heading: 'REMARKS' },
  },
  EP: {
    claims: { name: 'Claims', heading: 'Claims' },
    description: { name: 'Description', heading: 'Description' },
    abstract: { name: 'Abstract', heading: 'Abstract' },
    disclosure: { name: 'Invention Disclosure', heading: 'Invention Disclosure' },
    reply: { name: 'Reply', heading: 'Reply to the Communication' },
  },
}

/** The line that opens a US claim set (37 CFR 1.75(h) lets it be any short phrase; this one is the common form). */
export const US_CLAIMS_LEAD = 'What is claimed is:'

/** The part order of each office: CN files claims before the description; the US and the EPO the description first. */
export const APPLICATION_ORDER: Record<Jurisdiction, readonly LayoutPartRole[]> = {
  CN: ['claims', 'description', 'abstract'],
  US: ['description', 'claims', 'abstract'],
  EP: ['description', 'claims', 'abstract'],
}

/** The heading over a reply's amended claims, a part of its own on new pages. */
export const AMENDED_CLAIMS_PART: Record<Jurisdiction, OfficePart> = {
  CN: { name: '权利要求书', heading: '权利要求书（修改后）' },
  US: { name: 'Claims', heading: 'AMENDMENTS TO THE CLAIMS' },
  EP: { name: 'Claims', heading: 'Amended Claims' },
}

/**
 * The first sheets of a US response, before the amendments: headed by the caption that opens every
 * paper filed with the USPTO, then the application's facts and the office action answered.
 */
export const US_RESPONSE_PART: OfficePart = { name: 'Response', heading: 'IN THE UNITED STATES PATENT AND TRADEMARK OFFICE' }
