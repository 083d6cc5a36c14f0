import { useState, type FormEvent } from 'react'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { DocumentAction } from '../../shared/domain/policy'
import { CURRENT_VERSION, type ComparisonResponse, type VersionDetail, type VersionView } from '../../shared/editor/versionApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import type { DocumentVersions } from './useDocumentVersions'
import { shortHash, versionLabel, versionName } from './versionLabel'
import { ClaimComparisonTable } from './ClaimComparisonTable'
import { VersionPreview } from './VersionPreview'
import { dateLocale } from '../i18n/dateLocale'

interface Props {
  versions: DocumentVersions
  documentId: string
  kind: DocumentKind
  permissions: readonly DocumentAction[]
}

/**
 * The document's versions: save one by name, open one read-only, compare any two claim by
 * claim (or one with the text as it is now), restore one for everyone.
 */
export function VersionsPanel({ versions: { data, error }, documentId, kind, permissions }: Props) {
  const { t, locale } = useI18n()
  const base = `/api/documents/${encodeURIComponent(documentId)}`
  const canEdit = permissions.includes('document.edit')
  const [name, setName] = useState('')
  const [opened, setOpened] = useState<VersionDetail | null>(null)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState(CURRENT_VERSION)
  const [comparison, setComparison] = useState<ComparisonResponse | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const versions = data?.versions ?? []

  const attempt = async (action: () => Promise<void>) => {
    setFailure(null)
    setNotice(null)
    try {
      await action()
    } catch (e) {
      setFailure(e)
    }
  }
  const save = (event: FormEvent) => {
    event.preventDefault()
    void attempt(async () => {
      await api<VersionView>(`${base}/versions`, { method: 'POST', body: { name } })
      setName('')
    })
  }
  const open = (version: VersionView) => attempt(async () => setOpened(await api<VersionDetail>(`${base}/versions/${version.id}`)))
  const comparisonNow = () => {
    const query = new URLSearchParams({ from: from || versions[0]?.id || CURRENT_VERSION, to })
    return api<ComparisonResponse>(`${base}/compare?${query}`)
  }
  const restore = (version: VersionView) => {
    if (!window.confirm(t('versions.restoreConfirm', { name: versionName(version, locale) }))) return
    void attempt(async () => {
      await api(`${base}/versions/${version.id}/restore`, { method: 'POST' })
      // A comparison on show may be of the text the restore just replaced.
      if (comparison) setComparison(await comparisonNow())
      setNotice(t('versions.restored', { name: versionName(version, locale) }))
    })
  }
  const compare = (event: FormEvent) => {
    event.preventDefault()
    void attempt(async () => setComparison(await comparisonNow()))
  }
  const choices = [{ id: CURRENT_VERSION, label: t('versions.current') }, ...versions.map((v) => ({ id: v.id, label: versionLabel(v, locale) }))]

  return (
    <div className="versions-panel" data-testid="versions-panel">
      {canEdit && (
        <form className="review-compose" onSubmit={save}>
          <input value={name} onChange={(e) => setName(e.target.value)} aria-label={t('versions.name')} placeholder={t('versions.name')} maxLength={200} required />
          <button type="submit" disabled={name.trim() === ''}>
            {t('versions.save')}
          </button>
        </form>
      )}
      {error && <ErrorNote error={error} />}
      {failure !== null && <ErrorNote error={failure} />}
      {notice && (
        <p className="muted small" role="status">
          {notice}
        </p>
      )}
      {data && versions.length === 0 && <p className="muted">{t('versions.none')}</p>}
      <ul className="version-list">
        {versions.map((version) => (
          <li key={version.id} data-testid="version">
            <strong translate="no">{versionName(version, locale)}</strong>
            <span className="muted small">
              {t(`versions.origin.${version.origin}`)} · {version.createdBy.name} · {new Date(version.createdAt).toLocaleString(dateLocale(locale))} ·{' '}
              <code title={version.versionHash}>{shortHash(version.versionHash)}</code>
            </span>
            <span className="version-actions">
              <button type="button" className="small" onClick={() => void open(version)}>
                {t('versions.open')}
              </button>
              {canEdit && (
                <button type="button" className="small" onClick={() => restore(version)}>
                  {t('versions.restore')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {versions.length > 0 && (
        <form className="version-compare" onSubmit={compare}>
          <label>
            {t('versions.from')}
            <select value={from || versions[0]!.id} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from">
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('versions.to')}
            <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to">
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('versions.compare')}</button>
          {comparison && <ClaimComparisonTable claims={comparison.claims} />}
        </form>
      )}
      {opened && <VersionPreview version={opened} kind={kind} onClose={() => setOpened(null)} />}
    </div>
  )
}
