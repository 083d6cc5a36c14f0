import { describeProblem } from '../i18n/describeProblem'
import { useI18n } from '../i18n/I18nProvider'

/** A failed request, said in the reader's language. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useI18n()
  return (
    <p className="error" role="alert">
      {describeProblem(error, t)}
    </p>
  )
}
