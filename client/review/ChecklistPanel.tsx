import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { DocumentAction } from '../../shared/domain/policy'
import { CHECKLIST_STATES, type ChecklistItem, type ChecklistState } from '../../shared/review/checklist'
import type { ChecklistResponse } from '../../shared/review/reviewApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { useState } from 'react'
import { useReviewResource } from './useReviewResource'

interface Props {
  provider: WebsocketProvider
  doc: Y.Doc
  documentId: string
  permissions: readonly DocumentAction[]
}

/** The document's quality checklist with its score; rule-bound items follow the text as it changes. */
export function ChecklistPanel({ provider, doc, documentId, permissions }: Props) {
  const { t, locale } = useI18n()
  const path = `/api/documents/${encodeURIComponent(documentId)}/checklist?lang=${locale}`
  const { data, error, reload } = useReviewResource<ChecklistResponse>(path, provider, ['checklist', 'triage'], doc)
  const [failure, setFailure] = useState<unknown>(null)
  const canFill = permissions.includes('checklist.fill')

  const set = async (item: ChecklistItem, state: ChecklistState, note?: string) => {
    try {
      setFailure(null)
      await api(path, { method: 'PUT', body: { items: [{ id: item.id, state, ...(note === undefined ? {} : { note }) }] } })
      reload()
    } catch (e) {
      setFailure(e)
    }
  }

  if (error) return <ErrorNote error={error} />
  if (!data) return null
  const passed = data.score >= data.passLine
  return (
    <div className="checklist-panel" data-testid="checklist">
      <p className={`checklist-score ${passed ? 'pass' : 'fail'}`} data-testid="checklist-score" data-score={data.score}>
        {t('checklist.score', { score: data.score, passLine: data.passLine })}
      </p>
      {failure !== null && <ErrorNote error={failure} />}
      <ul className="checklist-items">
        {data.items.map((item) => (
          <li key={item.id} data-testid="checklist-item" data-item-id={item.id} data-state={item.state}>
            <div className="checklist-row">
              <span className="checklist-label">
                {item.label}
                {item.required && <span className="badge">{t('checklist.required')}</span>}
              </span>
              <span className="muted small">{item.weight}</span>
              {canFill && !item.rule ? (
                <select
                  value={item.state}
                  onChange={(e) => void set(item, e.target.value as ChecklistState)}
                  aria-label={t('checklist.stateOf', { item: item.label })}
                >
                  {CHECKLIST_STATES.map((state) => (
                    <option key={state} value={state}>
                      {t(`checklist.state.${state}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <span className={`badge state-${item.state.replace('/', '')}`}>{t(`checklist.state.${item.state}`)}</span>
              )}
            </div>
            {item.rule && <span className="muted small">{t('checklist.byChecker')}</span>}
            {canFill && !item.rule ? (
              <input
                className="checklist-note"
                defaultValue={item.note}
                placeholder={t('checklist.note')}
                aria-label={t('checklist.noteOf', { item: item.label })}
                onBlur={(e) => e.target.value !== item.note && void set(item, item.state, e.target.value)}
              />
            ) : (
              item.note && <p className="muted small">{item.note}</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
