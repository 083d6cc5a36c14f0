import type { JSONContent } from '@tiptap/core'
import type { Jurisdiction } from '../claims/types'
import type { DocumentKind } from '../domain/documentKinds'
import type { Locale } from '../i18n/locale'
import { DESCRIPTION_OUTLINE } from '../rules/descriptionOutline'
import { DISCLOSURE_FIELDS } from '../rules/disclosureFields'
import type { ClaimBaseline } from './claimBaseline'
import {
  claimList,
  documentTitle,
  objectionList,
  officeAction,
  patentDocument,
  section,
  subheading,
} from './documentBuilders'

/** The language documents of a matter are written in: Chinese for CNIPA, English for the USPTO and the EPO. */
export const documentLocale = (jurisdiction: Jurisdiction): Locale => (jurisdiction === 'CN' ? 'zh-CN' : 'en')

/**
 * The content a new document starts from: every part its kind has, empty, with headings in the
 * language of the matter's office. `title` is the invention's title (发明名称). A reply's amended
 * claims start from `examinedClaims` — the matter's claim set — keeping their ids, so that each
 * amended claim can be told from the claim it was.
 */
export function documentTemplate(kind: DocumentKind, jurisdiction: Jurisdiction, title: string, examinedClaims?: ClaimBaseline): JSONContent {
  switch (kind) {
    case 'disclosure':
      return patentDocument(
        documentTitle(title),
        ...DISCLOSURE_FIELDS.filter((field) => field.key !== 'title').map((field) => section(field.key)),
      )
    case 'claims':
      return patentDocument(
        documentTitle(title),
        claimList([]),
        section('abstract'),
        section('description', DESCRIPTION_OUTLINE[jurisdiction].flatMap(({ heading }) => [subheading(heading), ''])),
      )
    case 'oa-reply':
      return patentDocument(
        documentTitle(title),
        officeAction('first', '', []),
        objectionList([]),
        section('summary'),
        section('amendments'),
        claimList(examinedClaims?.claims ?? [], 'amended', examinedClaims),
      )
  }
}
