import { useState, type FormEvent } from 'react'
import type { MatterDetail } from '../../shared/domain/api'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { useOneAtATime } from '../useOneAtATime'
import { ErrorNote } from './ErrorNote'

/**
 * The application's number and filing date as the office gave them (its filing receipt): read by
 * everyone on the matter, recorded by those who may edit it, kept in the process archive. Until the
 * matter is filed the section offers nothing to read, and stays out of the way.
 */
export function ApplicationData({ matter, onChanged }: { matter: MatterDetail; onChanged(): void }) {
  const { t } = useI18n()
  const mayEdit = matter.permissions.includes('matter.edit')
  const [number, setNumber] = useState(matter.applicationNumber ?? '')
  const [date, setDate] = useState(matter.filingDate ?? '')
  const [failure, setFailure] = useState<unknown>(null)
  const [saved, setSaved] = useState(false)
  const { busy, run } = useOneAtATime()
  const recorded = matter.applicationNumber !== null || matter.filingDate !== null
  const filedOrLater = !['disclosure', 'evaluation', 'drafting', 'review', 'approved'].includes(matter.state)
  if (!recorded && !(mayEdit && filedOrLater)) return null
  const save = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      setFailure(null)
      setSaved(false)
      try {
        await api(`/api/matters/${encodeURIComponent(matter.id)}/application`, { method: 'PUT', body: { applicationNumber: number, filingDate: date } })
        setSaved(true)
        onChanged()
      } catch (error) {
        setFailure(error)
      }
    })
  }
  return (
    <section aria-labelledby="application-title" data-testid="application-data">
      <h2 id="application-title">{t('application.title')}</h2>
      {mayEdit ? (
        <form className="inline-form application-form" onSubmit={save}>
          <label>
            {t('application.number')}
            <input name="applicationNumber" value={number} maxLength={100} onChange={(e) => setNumber(e.target.value)} translate="no" />
          </label>
          <label>
            {t('application.filingDate')}
            <input name="filingDate" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t('application.save')}
          </button>
          {saved && <span role="status">{t('application.saved')}</span>}
        </form>
      ) : (
        <p>
          {t('application.line', { number: matter.applicationNumber ?? '—', date: matter.filingDate ?? '—' })}
        </p>
      )}
      {failure !== null && <ErrorNote error={failure} />}
    </section>
  )
}
