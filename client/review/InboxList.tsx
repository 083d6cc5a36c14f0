import type { InboxItem, InboxResponse } from '../../shared/review/reviewApi'
import { useI18n } from '../i18n/I18nProvider'
import { pluralKey } from '../i18n/messages'
import { Link } from '../router'
import { useApi } from '../useApi'
import { api } from '../api'
import { useOneAtATime } from '../useOneAtATime'
import { useVisibleTicks } from '../useVisibleTicks'
import { dateLocale } from '../i18n/dateLocale'

/** Where an item is dealt with: the thread in the Review panel, the suggestions, or the Approval panel. */
function itemLink(item: InboxItem): string {
  if (!item.document) return `/matters/${encodeURIComponent(item.matter.id)}`
  const document = `/documents/${encodeURIComponent(item.document.id)}`
  if (item.threadId) return `${document}?thread=${encodeURIComponent(item.threadId)}#review`
  if (item.kind === 'your-turn') return document
  return item.kind === 'approval' || item.kind === 'stale-approval' || item.kind === 'changes-requested' ? `${document}#approval` : `${document}#review`
}

/**
 * What waits for the reader across their matters (`GET /api/inbox`): mentions and replies to
 * answer, suggestions to decide, documents to review or approve. Each links to where it is done.
 */
export function InboxList() {
  const { t, rich, locale } = useI18n()
  const { data, reload } = useApi<InboxResponse>('/api/inbox')
  const { busy, run } = useOneAtATime()
  const dismiss = (item: InboxItem) =>
    void run(async () => {
      await api('/api/inbox/dismiss', { method: 'POST', body: { key: item.key } }).catch(() => undefined)
      reload()
    })
  // What waits changes as others work: read again while the page is in view.
  useVisibleTicks(30_000, reload)
  if (!data) return null
  const when = (iso: string) => new Date(iso).toLocaleString(dateLocale(locale), { dateStyle: 'short', timeStyle: 'short' })
  return (
    <section className="inbox" aria-labelledby="inbox-title" data-testid="inbox">
      <h2 id="inbox-title">
        {t('inbox.title')} {data.items.length > 0 && <span className="badge">{data.items.length}</span>}
      </h2>
      {data.items.length === 0 ? (
        <p className="muted small">{t('inbox.empty')}</p>
      ) : (
        <ul className="inbox-items">
          {data.items.map((item) => {
            const document = (
              <Link to={itemLink(item)} translate="no">
                {item.document?.title ?? item.matter.title}
              </Link>
            )
            const matter = (
              <Link to={itemLink(item)} translate="no">
                {item.matter.title}
              </Link>
            )
            const author = <span translate="no">{item.author?.name}</span>
            const key =
              item.kind === 'suggestions'
                ? pluralKey(locale, 'inbox.suggestions', item.count ?? 0)
                : item.kind === 'your-turn' && item.document
                  ? 'inbox.your-turn-in'
                  : (`inbox.${item.kind}` as const)
            return (
              <li key={item.key} data-kind={item.kind}>
                <span>{rich(key, { document, matter, author, count: item.count ?? 0, state: t(`matterState.${item.matter.state}`) })}</span>
                <span className="muted small">
                  {item.document && item.kind !== 'your-turn' && (
                    <>
                      {' · '}
                      <span translate="no">{item.matter.title}</span>
                    </>
                  )}{' '}
                  · {when(item.at)}{' '}
                </span>
                <button type="button" className="link small" onClick={() => dismiss(item)} disabled={busy} data-testid="inbox-dismiss">
                  {t('inbox.dismiss')}
                </button>
                {item.excerpt && (
                  <q className="inbox-excerpt" translate="no">
                    {item.excerpt}
                  </q>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
