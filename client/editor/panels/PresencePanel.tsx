import type { WebsocketProvider } from 'y-websocket'
import { useI18n } from '../../i18n/I18nProvider'
import { usePresence } from '../usePresence'

/** Who has the document open, with their caret colours. */
export function PresencePanel({ provider }: { provider: WebsocketProvider }) {
  const { t } = useI18n()
  const participants = usePresence(provider)
  return (
    <section className="panel">
      <h2>{t('presence.title')}</h2>
      <ul className="presence" data-testid="presence">
        {participants.map((p) => (
          <li key={p.clientId}>
            <span className="dot" style={{ background: p.color }} />
            {p.name}
            {p.self && <span className="muted"> ({t('presence.you')})</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
