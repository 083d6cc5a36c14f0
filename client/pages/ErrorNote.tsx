import { ApiRequestError } from '../api'
import { useI18n } from '../i18n/I18nProvider'

export function ErrorNote({ error }: { error: Error }) {
  const { t } = useI18n()
  const text =
    error instanceof ApiRequestError && error.status === 404 ? t('error.notFound') : t('error.generic', { message: error.message })
  return (
    <p className="error" role="alert">
      {text}
    </p>
  )
}
