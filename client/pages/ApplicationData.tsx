import { useState, type FormEvent } from 'react'
import { APPLICATION_FACT_LENGTHS, type MatterDetail } from '../../shared/domain/api'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { useOneAtATime } from '../useOneAtATime'
import { ErrorNote } from './ErrorNote'

/** Known before filing: who applies, and our docket number. */
const PARTY_FACTS = ['applicant', 'docketNumber'] as const
/** What the USPTO's notices name, for a US reply's caption. */
const US_FACTS = ['examiner', 'artUnit', 'confirmationNumber'] as const
/** What the grant gave the patent: its publication number (the patent number) and date. */
const GRANT_FACTS = ['grantNumber', 'grantDate'] as const
const FACTS = [...PARTY_FACTS, ...US_FACTS, ...GRANT_FACTS] as const
type Fact = (typeof FACTS)[number]

const factsOf = (matter: MatterDetail): Record<Fact, string> =>
  Object.fromEntries(FACTS.map((fact) => [fact, matter[fact] ?? ''])) as Record<Fact, string>

const granted = (matter: MatterDetail) => matter.state === 'granted' || matter.state === 'lapsed'

/**
 * The application's facts a filed reply names at its head: the applicant and our docket number
 * from the start, then the number and filing date the office gave it (its filing receipt) and, for
 * a US matter, the examiner, art unit and confirmation number of its notices, and once granted the
 * grant's publication number and date (recorded at the grant, corrected here). Read by everyone on
 * the matter, recorded by those who may edit it, kept in the process archive. For a reader it
 * shows only what is recorded, and nothing until something is.
 */
export function ApplicationData({ matter, onChanged }: { matter: MatterDetail; onChanged(): void }) {
  const { t } = useI18n()
  const mayEdit = matter.permissions.includes('matter.edit')
  const [number, setNumber] = useState(matter.applicationNumber ?? '')
  const [date, setDate] = useState(matter.filingDate ?? '')
  const [facts, setFacts] = useState(() => factsOf(matter))
  const [failure, setFailure] = useState<unknown>(null)
  const [saved, setSaved] = useState(false)
  const { busy, run } = useOneAtATime()
  const numberRecorded = matter.applicationNumber !== null || matter.filingDate !== null
  const recordedFacts = FACTS.filter((fact) => matter[fact] !== null)
  const filedOrLater = !['disclosure', 'evaluation', 'drafting', 'review', 'approved'].includes(matter.state)
  // Number and date come with the filing receipt, the USPTO's facts with its notices after it.
  const askNumber = filedOrLater || numberRecorded
  const askedFacts = [
    ...PARTY_FACTS,
    ...((matter.jurisdiction === 'US' && askNumber) || US_FACTS.some((fact) => matter[fact] !== null) ? US_FACTS : []),
    ...(granted(matter) || GRANT_FACTS.some((fact) => matter[fact] !== null) ? GRANT_FACTS : []),
  ]
  if (!mayEdit && !numberRecorded && recordedFacts.length === 0) return null
  const save = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      setFailure(null)
      setSaved(false)
      try {
        // Facts not asked for here are left out, and so kept as recorded.
        const body = { applicationNumber: number, filingDate: date, ...Object.fromEntries(askedFacts.map((fact) => [fact, facts[fact]])) }
        await api(`/api/matters/${encodeURIComponent(matter.id)}/application`, { method: 'PUT', body })
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
          {askNumber && (
            <>
              <label>
                {t('application.number')}
                <input name="applicationNumber" value={number} maxLength={APPLICATION_FACT_LENGTHS.applicationNumber} onChange={(e) => setNumber(e.target.value)} translate="no" />
              </label>
              <label>
                {t('application.filingDate')}
                <input name="filingDate" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              </label>
            </>
          )}
          {askedFacts.map((fact) => (
            <label key={fact}>
              {t(`application.${fact}`)}
              <input
                name={fact}
                value={facts[fact]}
                type={fact === 'grantDate' ? 'date' : 'text'}
                maxLength={fact === 'grantDate' ? undefined : APPLICATION_FACT_LENGTHS[fact]}
                onChange={(e) => setFacts({ ...facts, [fact]: e.target.value })}
                translate="no"
              />
            </label>
          ))}
          <button type="submit" disabled={busy}>
            {t('application.save')}
          </button>
          {saved && <span role="status">{t('application.saved')}</span>}
        </form>
      ) : (
        <>
          {numberRecorded && <p>{t('application.line', { number: matter.applicationNumber ?? '—', date: matter.filingDate ?? '—' })}</p>}
          {recordedFacts.map((fact) => (
            <p key={fact}>{t('label.value', { label: t(`application.${fact}`), value: matter[fact] ?? '' })}</p>
          ))}
        </>
      )}
      {failure !== null && <ErrorNote error={failure} />}
    </section>
  )
}
