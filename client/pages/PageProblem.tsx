import { useI18n } from '../i18n/I18nProvider'
import { Link } from '../router'
import { ErrorNote } from './ErrorNote'

/** A page that could not be opened: why, and the way back to the matters. */
export function PageProblem({ error }: { error: unknown }) {
  const { t } = useI18n()
  return (
    <section className="page">
      <ErrorNote error={error} />
      <p>
        <Link to="/">← {t('page.toMatters')}</Link>
      </p>
    </section>
  )
}
