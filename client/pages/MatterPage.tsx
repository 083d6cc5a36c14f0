import { useState, type FormEvent } from 'react'
import type { DocumentView, MatterDetail } from '../../shared/domain/api'
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { Link, navigate } from '../router'
import { useApi } from '../useApi'
import { ErrorNote } from './ErrorNote'

export function MatterPage({ matterId }: { matterId: string }) {
  const { t } = useI18n()
  const { data, error } = useApi<MatterDetail>(`/api/matters/${encodeURIComponent(matterId)}`)
  const [kind, setKind] = useState<DocumentKind>('claims')
  const [title, setTitle] = useState('')
  const [createError, setCreateError] = useState<Error | null>(null)

  const create = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const document = await api<DocumentView>(`/api/matters/${encodeURIComponent(matterId)}/documents`, {
        method: 'POST',
        body: { kind, title: title || t(`kind.${kind}`) },
      })
      navigate(`/documents/${document.id}`)
    } catch (e) {
      setCreateError(e instanceof Error ? e : new Error(String(e)))
    }
  }

  if (error) return <ErrorNote error={error} />
  if (!data) return null
  return (
    <section className="page">
      <h1>
        {data.title} <span className="badge">{data.jurisdiction}</span>
      </h1>
      <h2>{t('matter.documents')}</h2>
      {data.documents.length === 0 && <p className="muted">{t('matter.noDocuments')}</p>}
      <ul className="list">
        {data.documents.map((d) => (
          <li key={d.id}>
            <Link to={`/documents/${d.id}`}>{d.title}</Link>
            <span className="badge">{t(`kind.${d.kind}`)}</span>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <h2>{t('matter.newDocument')}</h2>
        <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <input placeholder={t('matter.documentTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit">{t('matter.create')}</button>
        {createError && <ErrorNote error={createError} />}
      </form>
    </section>
  )
}
