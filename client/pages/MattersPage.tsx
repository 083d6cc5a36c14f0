import { useState, type FormEvent } from 'react'
import type { MatterView } from '../../shared/domain/api'
import { JURISDICTIONS, type Jurisdiction } from '../../shared/claims/types'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { Link, navigate } from '../router'
import { useApi } from '../useApi'
import { ErrorNote } from './ErrorNote'

export function MattersPage() {
  const { t } = useI18n()
  const { data, error } = useApi<{ matters: MatterView[] }>('/api/matters')
  const [title, setTitle] = useState('')
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('CN')
  const [createError, setCreateError] = useState<Error | null>(null)

  const create = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const matter = await api<MatterView>('/api/matters', { method: 'POST', body: { title, jurisdiction } })
      navigate(`/matters/${matter.id}`)
    } catch (e) {
      setCreateError(e instanceof Error ? e : new Error(String(e)))
    }
  }

  return (
    <section className="page">
      <h1>{t('matters.title')}</h1>
      {error && <ErrorNote error={error} />}
      {data && data.matters.length === 0 && <p className="muted">{t('matters.empty')}</p>}
      <ul className="list">
        {data?.matters.map((m) => (
          <li key={m.id}>
            <Link to={`/matters/${m.id}`}>{m.title}</Link>
            <span className="badge">{m.jurisdiction}</span>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(e) => void create(e)}>
        <h2>{t('matters.new')}</h2>
        <input placeholder={t('matters.newTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required />
        <select value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value as Jurisdiction)} aria-label={t('matters.jurisdiction')}>
          {JURISDICTIONS.map((j) => (
            <option key={j}>{j}</option>
          ))}
        </select>
        <button type="submit">{t('matters.create')}</button>
        {createError && <ErrorNote error={createError} />}
      </form>
    </section>
  )
}
