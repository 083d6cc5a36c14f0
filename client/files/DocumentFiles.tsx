import { useState } from 'react'
import { CURRENT_VERSION } from '../../shared/editor/versionApi'
import { useI18n } from '../i18n/I18nProvider'
import { Link } from '../router'
import { versionLabel } from '../prosecution/versionLabel'
import type { DocumentVersions } from '../prosecution/useDocumentVersions'
import { describeFileProblem } from './describeFileProblem'
import { FormatNames } from './FormatNames'
import './files.css'
import { fetchFile, percentOf, saveFile, type TransferProgress } from './transfer'

type Exporting = { step: 'idle' } | { step: 'preparing' } | { step: 'downloading'; progress: TransferProgress }

/** The query that picks a version: none for the default (the approved version, else the current text). */
export const versionQuery = (version: string): string => (version ? `?version=${encodeURIComponent(version)}` : '')

/** The query of a file: its version, and for the copy to file, no version line on its pages (`footer=0`). */
const fileQuery = (version: string, forFiling: boolean): string => {
  const query = new URLSearchParams(version ? { version } : {})
  if (forFiling) query.set('footer', '0')
  return query.size > 0 ? `?${query}` : ''
}

/**
 * Files out of a document: choose the version (the approved one by default), download it as DOCX
 * in its office's layout, or open the print view to save a PDF. The list of versions follows the
 * server's `versions` notices, so a version anyone saves, approves or files appears at once.
 */
export function DocumentFiles({ documentId, title, versions: { data } }: { documentId: string; title: string; versions: DocumentVersions }) {
  const { t, locale } = useI18n()
  const base = `/api/documents/${encodeURIComponent(documentId)}`
  const [version, setVersion] = useState('')
  const [forFiling, setForFiling] = useState(false)
  const [exporting, setExporting] = useState<Exporting>({ step: 'idle' })
  const [notice, setNotice] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const exportDocx = async () => {
    setNotice(null)
    setProblem(null)
    setExporting({ step: 'preparing' })
    try {
      const { blob, fileName } = await fetchFile(`${base}/export.docx${fileQuery(version, forFiling)}`, `${title}.docx`, (progress) =>
        setExporting({ step: 'downloading', progress }),
      )
      saveFile(blob, fileName)
      setNotice(t('files.downloaded', { name: fileName }))
    } catch (error) {
      setProblem(describeFileProblem(error, t))
    } finally {
      setExporting({ step: 'idle' })
    }
  }

  const percent = exporting.step === 'downloading' ? percentOf(exporting.progress) : null
  // An approval is kept as a version of its own (server/versions/approvedVersion.ts).
  const approved = (data?.versions ?? []).some((v) => v.origin === 'approval')
  return (
    <div className="document-files" role="group" aria-labelledby="document-files-title" data-testid="document-files">
      <span id="document-files-title" className="sr-only">
        {t('files.title')}
      </span>
      <label className="inline-form">
        <span>{t('files.version')}</span>
        <select name="export-version" value={version} onChange={(e) => setVersion(e.target.value)} aria-describedby="export-version-hint">
          {/* Until a lead approves, the default is the current text: it is not offered twice. */}
          <option value="">{approved ? t('files.versionApproved') : t('files.versionNoneApproved')}</option>
          {approved && <option value={CURRENT_VERSION}>{t('files.versionCurrent')}</option>}
          {(data?.versions ?? []).map((v) => (
            <option key={v.id} value={v.id} translate="no">
              {versionLabel(v, locale)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void exportDocx()} disabled={exporting.step !== 'idle'}>
        <FormatNames text={t('files.exportDocx')} />
      </button>
      <label className="inline-check">
        <input type="checkbox" name="for-filing" checked={forFiling} onChange={(e) => setForFiling(e.target.checked)} /> {t('files.forFiling')}
      </label>
      <Link to={`/documents/${encodeURIComponent(documentId)}/print${fileQuery(version, forFiling)}`}>
        <FormatNames text={t('files.print')} />
      </Link>
      <p id="export-version-hint" className="muted small">
        <FormatNames text={t('files.versionDefaultHint')} />
      </p>
      {exporting.step !== 'idle' && (
        <p className="transfer-progress" role="status">
          <progress max={100} value={percent ?? undefined} aria-hidden="true" />
          <span>
            <FormatNames text={percent === null ? t('files.preparing') : t('files.downloading', { percent })} />
          </span>
        </p>
      )}
      {notice && (
        <p className="muted small" role="status" translate="no">
          {notice}
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          <FormatNames text={problem} />
        </p>
      )}
    </div>
  )
}
