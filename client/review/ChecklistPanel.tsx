import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { DocumentAction } from '../../shared/domain/policy'
import { CHECKLIST_STATES, type ChecklistItem, type ChecklistState } from '../../shared/review/checklist'
import type { ChecklistItemView, ChecklistResponse } from '../../shared/review/reviewApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { useState } from 'react'
import { useReviewResource } from './useReviewResource'
import { dateLocale } from '../i18n/dateLocale'

interface Props {
  provider: WebsocketProvider
  doc: Y.Doc
  documentId: string
  permissions: readonly DocumentAction[]
}

/** The document's quality checklist with its score; rule-bound items follow the text as it changes. */
export function ChecklistPanel({ provider, doc, documentId, permissions }: Props) {
  const { t, plural, locale } = useI18n()
  const path = `/api/documents/${encodeURIComponent(documentId)}/checklist?lang=${locale}`
  const { data, error, reload } = useReviewResource<ChecklistResponse>(path, provider, ['checklist', 'triage'], doc)
  const [failure, setFailure] = useState<unknown>(null)
  const canFill = permissions.includes('checklist.fill')

  // Whether the server took it: a note that was not saved stays in its field.
  const set = async (item: ChecklistItem, state: ChecklistState, note?: string): Promise<boolean> => {
    try {
      setFailure(null)
      await api(path, { method: 'PUT', body: { items: [{ id: item.id, state, ...(note === undefined ? {} : { note }) }] } })
      reload()
      return true
    } catch (e) {
      setFailure(e)
      return false
    }
  }

  if (error) return <ErrorNote error={error} />
  if (!data) return null
  const passed = data.score >= data.passLine
  // Items a person rates and nobody has yet: a score short of the pass line is not yet a failure,
  // and whoever wrote the document is told who adds the rest (an inventor read 16/100 in red).
  const toRate = data.items.filter((item) => !item.rule && item.state === 'open').length
  return (
    <div className="checklist-panel" data-testid="checklist">
      <p className={`checklist-score ${passed ? 'pass' : toRate > 0 ? 'pending' : 'fail'}`} data-testid="checklist-score" data-score={data.score}>
        {t('checklist.score', { score: data.score, passLine: data.passLine })}
      </p>
      {!passed && toRate > 0 && (
        <p className="muted small" data-testid="checklist-to-rate">
          {plural('checklist.toRate', toRate)}
        </p>
      )}
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
            {item.rule ? (
              <span className="muted small">{t('checklist.byChecker')}</span>
            ) : (
              item.setByName &&
              item.setAt && (
                <span className="muted small" data-testid="checklist-set-by">
                  {t('checklist.setBy', { name: item.setByName, date: new Date(item.setAt).toLocaleString(dateLocale(locale)) })}
                </span>
              )
            )}
            {canFill && !item.rule ? (
              <ChecklistNote item={item} save={(note) => set(item, item.state, note)} />
            ) : (
              item.note && <p className="muted small checklist-note-text">{item.note}</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The note of an item people decide. It shows the stored note until the user types; what they
 * type is saved when they leave the field. If someone else changed the note meanwhile, leaving
 * saves nothing: the user chooses between their text and the other one, so neither is lost unseen.
 */
function ChecklistNote({ item, save }: { item: ChecklistItemView; save(note: string): Promise<boolean> }) {
  const { t } = useI18n()
  // What the user typed and has not saved, and the stored note it started from.
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null)
  const changedMeanwhile = draft !== null && draft.base !== item.note
  // Once saved, the field shows the stored note again, unless the user went on typing meanwhile:
  // that stays, now starting from the note just saved.
  const keep = async (text: string) => {
    if (await save(text)) setDraft((current) => (current === null || current.text === text ? null : { text: current.text, base: text }))
  }
  return (
    <>
      <textarea
        className="checklist-note"
        rows={1}
        value={draft?.text ?? item.note}
        placeholder={t('checklist.note')}
        aria-label={t('checklist.noteOf', { item: item.label })}
        onChange={(e) => setDraft({ text: e.target.value, base: draft?.base ?? item.note })}
        onBlur={() => {
          if (draft === null || changedMeanwhile) return
          if (draft.text === item.note) setDraft(null)
          else void keep(draft.text)
        }}
      />
      {changedMeanwhile && (
        <div className="checklist-note-conflict" role="alert" data-testid="checklist-note-conflict">
          <p className="small">{t('checklist.noteChanged', { name: item.setByName ?? '', note: item.note })}</p>
          <button type="button" className="small" onClick={() => void keep(draft.text)}>
            {t('checklist.keepMine')}
          </button>{' '}
          <button type="button" className="small link" onClick={() => setDraft(null)}>
            {t('checklist.keepTheirs')}
          </button>
        </div>
      )}
    </>
  )
}
