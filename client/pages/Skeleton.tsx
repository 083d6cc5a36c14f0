import { useI18n } from '../i18n/I18nProvider'

/**
 * Grey shapes where the page will be, shown while its data or code loads, so the screen is
 * never blank. index.html holds the same shapes for the moment before any script has run.
 */
export function PageSkeleton() {
  const { t } = useI18n()
  return (
    <div className="page skeleton" aria-busy="true">
      <span className="sr-only" role="status">
        {t('document.loading')}
      </span>
      <div className="skeleton-bar title" />
      <div className="skeleton-block" />
    </div>
  )
}

export function DocumentSkeleton() {
  const { t } = useI18n()
  return (
    <div className="page wide skeleton" aria-busy="true" data-testid="document-skeleton">
      <span className="sr-only" role="status">
        {t('document.loading')}
      </span>
      <div className="skeleton-bar title" />
      <div className="document-layout">
        <div className="skeleton-block tall" />
        <div className="skeleton-block" />
      </div>
    </div>
  )
}
