import { useI18n } from '../../i18n/I18nProvider'
import type { Participant } from '../usePresence'

/** Who has the document open, with their caret colours; offline, only oneself is known. */
export function PresencePanel({ participants, online }: { participants: Participant[]; online: boolean }) {
  const { t, rich } = useI18n()
  return (
    <div className="panel">
      <h2 className="sr-only">{t('presence.title')}</h2>
      {!online && <p className="muted small">{t('presence.offline')}</p>}
      <ul className="presence" data-testid="presence">
        {participants.map((p) => (
          <li key={p.clientId}>
            <span className="dot" style={{ background: p.color }} />
            {p.self ? (
              rich('text.withAside', {
                text: <span translate="no">{p.name}</span>,
                aside: <span className="muted">{t('text.parenthetical', { text: t('presence.you') })}</span>,
              })
            ) : (
              <span translate="no">{p.name}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
