import type { DocumentDetail } from '../../shared/domain/api'
import { can } from '../../shared/domain/policy'
import { CollaborativeEditor } from '../editor/CollaborativeEditor'
import { useCollaboration } from '../editor/useCollaboration'
import { userColor } from '../editor/userColor'
import { useI18n } from '../i18n/I18nProvider'
import { Link } from '../router'
import { useSession } from '../session'
import { useApi } from '../useApi'
import { ErrorNote } from './ErrorNote'

export function DocumentPage({ documentId }: { documentId: string }) {
  const { t } = useI18n()
  const { me } = useSession()
  const { data, error } = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(documentId)}`)
  const collaboration = useCollaboration(documentId)

  if (error) return <ErrorNote error={error} />
  if (!data || !collaboration || !me) return <p className="muted">{t('document.loading')}</p>
  return (
    <section className="page wide">
      <p>
        <Link to={`/matters/${data.matterId}`}>← {t('document.back')}</Link>
      </p>
      <h1>
        {data.title} <span className="badge">{t(`kind.${data.kind}`)}</span>
      </h1>
      <CollaborativeEditor
        collaboration={collaboration}
        kind={data.kind}
        jurisdiction={data.jurisdiction}
        canEdit={can(data.role, 'document.edit')}
        user={{ name: me.user.name, color: userColor(me.user.id) }}
      />
    </section>
  )
}
