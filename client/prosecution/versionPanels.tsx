import type { DocumentDetail } from '../../shared/domain/api'
import type { Translate } from '../i18n/I18nProvider'
import type { SidePanel } from '../layout/PanelTabs'
import { AmendmentMarkupPanel } from './AmendmentMarkupPanel'
import type { DocumentVersions } from './useDocumentVersions'
import { VersionsPanel } from './VersionsPanel'
import './prosecution.css'

/** The prosecution panels of the document page: its versions and their comparison; for a reply, its marked-up amendment. */
export function versionPanels({ document, versions, t }: { document: DocumentDetail; versions: DocumentVersions; t: Translate }): SidePanel[] {
  return [
    {
      id: 'versions',
      title: t('versions.title'),
      content: <VersionsPanel versions={versions} documentId={document.id} kind={document.kind} permissions={document.permissions} />,
    },
    ...(document.kind === 'oa-reply' ? [{ id: 'amendment-markup', title: t('markup.title'), content: <AmendmentMarkupPanel documentId={document.id} /> }] : []),
  ]
}
