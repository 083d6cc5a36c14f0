import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type { VersionView } from '../../shared/editor/versionApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { onReviewChanged } from '../review/reviewChannel'
import { versionName } from './versionLabel'
import { dateLocale } from '../i18n/dateLocale'

/**
 * Tells everyone with the document open that someone restored a version — the text changes under
 * their hands, and what they had typed is in the version kept just before — and links to it.
 * The person who restored it is told in the versions panel instead.
 */
export function RestoredNotice({ provider, documentId, userId }: { provider: WebsocketProvider; documentId: string; userId: string }) {
  const { t, locale } = useI18n()
  const [backup, setBackup] = useState<VersionView | null>(null)
  useEffect(
    () =>
      onReviewChanged(provider, (topic) => {
        if (topic !== 'restored') return
        void api<{ versions: VersionView[] }>(`/api/documents/${encodeURIComponent(documentId)}/versions`).then(
          ({ versions }) => {
            const newest = versions.find((version) => version.origin === 'before-restore')
            if (newest && newest.createdBy.id !== userId) setBackup(newest)
          },
          // The notice is a courtesy: the versions panel lists the backup all the same.
          () => undefined,
        )
      }),
    [provider, documentId, userId],
  )
  if (!backup) return null
  const openVersions = () => {
    // The panels follow the hash; the same hash again changes nothing, so it is announced by hand.
    if (window.location.hash === '#versions') window.dispatchEvent(new HashChangeEvent('hashchange'))
  }
  return (
    <div className="restored-notice" role="alert" data-testid="restored-notice">
      <p>
        {t('versions.restoredBy', {
          person: backup.createdBy.name,
          time: new Date(backup.createdAt).toLocaleTimeString(dateLocale(locale), { hour: '2-digit', minute: '2-digit' }),
          name: versionName(backup, locale),
        })}
      </p>
      <p>
        <a href="#versions" onClick={openVersions}>
          {t('versions.showVersions')}
        </a>
        <button type="button" className="small" onClick={() => setBackup(null)}>
          {t('versions.dismiss')}
        </button>
      </p>
    </div>
  )
}
