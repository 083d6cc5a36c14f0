import { useState } from 'react'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { DocumentAction } from '../../shared/domain/policy'
import type { TriageDecision } from '../../shared/review/reviewApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { useReviewResource } from './useReviewResource'
import { useOneAtATime } from '../useOneAtATime'

/** A finding as `GET /api/documents/:id/findings` gives it, with its triage key and decision. */
interface ServerFinding {
  rule: string
  severity: 'error' | 'warning' | 'info'
  claim: number | null
  message: string
  key: string
  triage: { decision: TriageDecision; reason: string; by: { id: string; name: string }; at: string } | null
}

const SEVERITY_ORDER: readonly ServerFinding['severity'][] = ['error', 'warning', 'info']

interface Props {
  provider: WebsocketProvider
  doc: Y.Doc
  documentId: string
  permissions: readonly DocumentAction[]
}

/**
 * The checker's errors and warnings as the server sees them, each acknowledged or dismissed with
 * a reason by an editor or reviewer; a dismissal holds while the flagged text is unchanged.
 */
export function FindingTriage({ provider, doc, documentId, permissions }: Props) {
  const { t, locale } = useI18n()
  const base = `/api/documents/${encodeURIComponent(documentId)}`
  const { data, reload } = useReviewResource<{ findings: ServerFinding[] }>(`${base}/findings?lang=${locale}`, provider, ['triage'], doc)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>(null)
  const canTriage = permissions.includes('finding.triage')

  const { busy, run } = useOneAtATime()
  const decide = (finding: ServerFinding, decision: TriageDecision) =>
    run(async () => {
      try {
        setFailure(null)
        await api(`${base}/triage`, { method: 'POST', body: { key: finding.key, decision, reason: reasons[finding.key] ?? '' } })
        reload()
      } catch (error) {
        setFailure(error)
      }
    })

  // One row per key: findings alike in rule, place and text (two empty headings of one name) are
  // decided together. Errors first, as the drafting check lists them.
  const findings = (data?.findings ?? [])
    .filter((f, index, all) => f.severity !== 'info' && all.findIndex((other) => other.key === f.key) === index)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
  const decidedBy = (triage: NonNullable<ServerFinding['triage']>) =>
    t('triage.decidedBy', { decision: t(`triage.decision.${triage.decision}`), name: triage.by.name })
  return (
    <div data-testid="triage">
      {failure !== null && <ErrorNote error={failure} />}
      {findings.length === 0 && <p className="muted">{t('triage.none')}</p>}
      <ul className="review-suggestion-list">
        {findings.map((f) => (
          <li key={f.key} data-rule={f.rule} data-decision={f.triage?.decision ?? 'open'}>
            <span className={`badge severity-${f.severity}`}>{t(`triage.severity.${f.severity}`)}</span>{' '}
            {f.claim !== null && <span className="muted small">{t('triage.claim', { number: f.claim })} </span>}
            {f.message}
            {f.triage && (
              <p className="muted small">
                {f.triage.reason
                  ? t('label.value', { label: decidedBy(f.triage), value: f.triage.reason })
                  : decidedBy(f.triage)}
              </p>
            )}
            {canTriage && f.triage?.decision !== 'dismissed' && (
              <div className="triage-decision">
                <input
                  value={reasons[f.key] ?? ''}
                  onChange={(e) => setReasons({ ...reasons, [f.key]: e.target.value })}
                  placeholder={t('triage.reason')}
                  aria-label={t('triage.reason')}
                />
                <button type="button" disabled={busy || !reasons[f.key]?.trim()} onClick={() => void decide(f, 'dismissed')}>
                  {t('triage.dismiss')}
                </button>
                {!f.triage && (
                  <button type="button" className="link" onClick={() => void decide(f, 'acknowledged')} disabled={busy}>
                    {t('triage.acknowledge')}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
