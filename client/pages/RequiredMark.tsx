import { useI18n } from '../i18n/I18nProvider'

/** The visible mark of a required field; the field's own `required` tells screen readers. */
export function RequiredMark() {
  const { t } = useI18n()
  return (
    <span className="required-mark" title={t('form.required')} aria-hidden="true">
      *
    </span>
  )
}
