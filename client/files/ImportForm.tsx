import { useState, type FormEvent } from 'react'
import type { DocumentView } from '../../shared/domain/api'
import { DOCUMENT_KIND_NAMES, type DocumentKind } from '../../shared/domain/documentKinds'
import type { Jurisdiction } from '../../shared/claims/types'
import { documentLocale } from '../../shared/editor/documentTemplate'
import { MAX_IMPORT_BYTES } from '../../shared/files/importLimits'
import { useI18n } from '../i18n/I18nProvider'
import { Link, navigate } from '../router'
import { describeFileProblem } from './describeFileProblem'
import { FormatNames } from './FormatNames'
import { fileSize } from './fileSize'
import './files.css'
import { percentOf, sendForm, type TransferProgress } from './transfer'

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024
const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

type Phase = { step: 'idle' } | { step: 'uploading'; progress: TransferProgress } | { step: 'structuring' }

/** `POST /api/matters/:id/import`: the new document and what was found in the input (docs/api.md). */
type ImportedDocument = DocumentView & { imported: { warnings: { code: string }[] } }

/**
 * Import on the matter page: pasted text or a DOCX becomes a new document of the chosen kind,
 * structured by the server; the upload shows its progress, then the server's work its own label.
 */
export function ImportForm({
  matterId,
  jurisdiction,
  creatableKinds,
}: {
  matterId: string
  jurisdiction: Jurisdiction
  creatableKinds: readonly DocumentKind[]
}) {
  const { t, locale } = useI18n()
  const [kind, setKind] = useState<DocumentKind>(creatableKinds.includes('claims') ? 'claims' : creatableKinds[0]!)
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [fileInput, setFileInput] = useState(0)
  const [phase, setPhase] = useState<Phase>({ step: 'idle' })
  const [problem, setProblem] = useState<string | null>(null)
  const [madeWithoutClaims, setMadeWithoutClaims] = useState<string | null>(null)
  const busy = phase.step !== 'idle'

  const chooseFile = (chosen: File | null) => {
    setProblem(chosen && chosen.size > MAX_IMPORT_BYTES ? t('import.fileTooLarge', { size: MAX_MB }) : null)
    setFile(chosen && chosen.size <= MAX_IMPORT_BYTES ? chosen : null)
    if (chosen && chosen.size > MAX_IMPORT_BYTES) setFileInput((n) => n + 1)
  }
  const clearFile = () => {
    setFile(null)
    setFileInput((n) => n + 1)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    // A new attempt: the last one's result no longer stands beside it.
    setMadeWithoutClaims(null)
    if (!file && !text.trim()) {
      setProblem(t('import.needInput'))
      return
    }
    const form = new FormData()
    form.set('kind', kind)
    // Without a title or a file name the server names it by its kind, in its office's language.
    const named = title.trim() || (file ? file.name.replace(/\.docx$/i, '') : '')
    if (named) form.set('title', named)
    if (file) form.set('file', file)
    else form.set('text', text)
    setProblem(null)
    setPhase({ step: 'uploading', progress: { loaded: 0, total: null } })
    try {
      const document = await sendForm<ImportedDocument>(`/api/matters/${encodeURIComponent(matterId)}/import`, form, (progress) =>
        // Once the last byte is sent, the wait is the server reading and structuring the file.
        setPhase(progress.total !== null && progress.loaded >= progress.total ? { step: 'structuring' } : { step: 'uploading', progress }),
      )
      // A claim set made without claims (only a description was found) is said so before it opens.
      if (document.imported.warnings.some((warning) => warning.code === 'no_claims_found')) {
        setPhase({ step: 'idle' })
        setMadeWithoutClaims(document.id)
        // It was made: the form starts afresh, so that Import again does not make it twice.
        setTitle('')
        setText('')
        clearFile()
        return
      }
      navigate(`/documents/${document.id}`)
    } catch (error) {
      setProblem(describeFileProblem(error, t))
      setPhase({ step: 'idle' })
    }
  }

  const percent = phase.step === 'uploading' ? percentOf(phase.progress) : null
  return (
    <form className="stacked-form import-form" onSubmit={(e) => void submit(e)} aria-labelledby="import-title" data-testid="import-form">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted small">
        <FormatNames text={t('import.hint', { size: MAX_MB })} />
      </p>
      <label>
        <span>{t('import.kind')}</span>
        <select name="import-kind" value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)} disabled={busy}>
          {creatableKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('import.documentTitle')}</span>
        <input name="import-title" value={title} placeholder={file ? file.name.replace(/\.docx$/i, '') : DOCUMENT_KIND_NAMES[documentLocale(jurisdiction)][kind]} onChange={(e) => setTitle(e.target.value)} disabled={busy} />
      </label>
      <label>
        <span>{t('import.paste')}</span>
        <textarea
          name="import-text"
          rows={6}
          value={text}
          placeholder={t(`import.pastePlaceholder.${kind}`)}
          onChange={(e) => setText(e.target.value)}
          disabled={busy || file !== null}
        />
      </label>
      <label>
        <span>
          <FormatNames text={t('import.file')} />
        </span>
        {/* The browser's own button and "no file chosen" speak its language, not the reader's: a button of ours stands in. */}
        <input
          key={fileInput}
          type="file"
          name="import-file"
          className="file-input"
          accept={DOCX_TYPES}
          onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          disabled={busy}
        />
        <span className="file-button" aria-hidden="true">
          {t('import.chooseFile')}
        </span>
      </label>
      {file && (
        <p className="small">
          <span translate="no">{t('import.chosenFile', { name: file.name, size: fileSize(file.size, locale) })}</span>{' '}
          <button type="button" className="link" onClick={clearFile} disabled={busy}>
            {t('import.clearFile')}
          </button>
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('import.submit')}
      </button>
      {busy && (
        <p className="transfer-progress" role="status" data-testid="import-progress">
          <progress max={100} value={percent ?? undefined} aria-hidden="true" />
          <span>
            {phase.step === 'structuring' ? t('import.structuring') : percent === null ? t('import.uploadingUnknown') : t('import.uploading', { percent })}
          </span>
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          <FormatNames text={problem} />
        </p>
      )}
      {madeWithoutClaims && (
        <p role="alert" data-testid="import-no-claims">
          {t('import.noClaimsFound')} <Link to={`/documents/${madeWithoutClaims}`}>{t('import.openDocument')}</Link>
        </p>
      )}
    </form>
  )
}
