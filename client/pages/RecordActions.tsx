import { useState, type FormEvent } from 'react'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from './ErrorNote'

interface Props {
  /** `PATCH` path of the matter or document. */
  path: string
  title: string
  archived: boolean
  /** What is renamed, for the controls' accessible names. */
  label: string
  onChanged: () => void
}

/** Rename and archive (or restore) a matter or a document. Nothing is deleted: archiving hides. */
export function RecordActions({ path, title, archived, label, onChanged }: Props) {
  const { t } = useI18n()
  const [renaming, setRenaming] = useState(false)
  const [draft, setDraft] = useState(title)
  const [error, setError] = useState<unknown>(null)

  const change = async (body: { title?: string; archived?: boolean }) => {
    try {
      await api(path, { method: 'PATCH', body })
      setError(null)
      setRenaming(false)
      onChanged()
    } catch (e) {
      setError(e)
    }
  }
  const rename = (event: FormEvent) => {
    event.preventDefault()
    void change({ title: draft })
  }

  return (
    <span className="record-actions">
      {renaming ? (
        <form className="inline-form" onSubmit={rename}>
          <input aria-label={t('record.newTitle', { what: label })} value={draft} onChange={(e) => setDraft(e.target.value)} required />
          <button type="submit">{t('record.save')}</button>
          <button type="button" className="link" onClick={() => setRenaming(false)}>
            {t('record.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="link" aria-label={t('record.renameNamed', { what: label })} onClick={() => { setDraft(title); setRenaming(true) }}>
          {t('record.rename')}
        </button>
      )}
      <button type="button" className="link" aria-label={t(archived ? 'record.restoreNamed' : 'record.archiveNamed', { what: label })} onClick={() => void change({ archived: !archived })}>
        {t(archived ? 'record.restore' : 'record.archive')}
      </button>
      {error !== null && <ErrorNote error={error} />}
    </span>
  )
}
