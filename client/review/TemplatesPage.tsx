import { useEffect, useState } from 'react'
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds'
import { canInWorkspace } from '../../shared/domain/policy'
import { isRuleId } from '../../shared/rules/ruleIds'
import type { ChecklistTemplateItem } from '../../shared/review/checklistTemplates'
import { api } from '../api'
import { useI18n, type Translate } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { PageSkeleton } from '../pages/Skeleton'
import { useSession } from '../session'
import { useApi } from '../useApi'
import { useLeaveGuard } from '../leaveGuard'
import './review.css'
import { usePageTitle } from '../usePageTitle'

interface Settings {
  passLine: number
  templates: Record<DocumentKind, ChecklistTemplateItem[]>
}

/**
 * Where an admin sets the workspace's checklist templates (weights add up to 100) and its pass line.
 * Other members who open it read them: the form is disabled and says who may change it.
 */
export function TemplatesPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n()
  usePageTitle(t('templates.title'))
  const { me } = useSession()
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role
  const mayEdit = role !== undefined && canInWorkspace(role, 'checklist.editTemplates')
  const path = `/api/workspaces/${encodeURIComponent(workspaceId)}/checklist-templates`
  const { data, error } = useApi<Settings>(path)
  const [draft, setDraft] = useState<Settings | null>(null)
  const [kind, setKind] = useState<DocumentKind>('claims')
  const [result, setResult] = useState<unknown>(null)
  const [saved, setSaved] = useState(false)
  // What the server holds, to tell unsaved edits: leaving the page with some asks first.
  const [stored, setStored] = useState<Settings | null>(null)
  useEffect(() => {
    setDraft(data)
    setStored(data)
  }, [data])
  useLeaveGuard(draft && stored && JSON.stringify(draft) !== JSON.stringify(stored) ? t('templates.unsaved') : null)

  if (error) return <ErrorNote error={error} />
  if (!draft) return <PageSkeleton />
  const items = draft.templates[kind]
  const total = items.reduce((sum, i) => sum + i.weight, 0)
  const problem = settingsProblem(draft, kind, t)
  const change = (index: number, patch: Partial<ChecklistTemplateItem>) =>
    setDraft({ ...draft, templates: { ...draft.templates, [kind]: items.map((item, i) => (i === index ? { ...item, ...patch } : item)) } })
  const save = async () => {
    try {
      setResult(null)
      setSaved(false)
      // Every kind's template: an edit made before switching kinds is saved too, not dropped by the answer.
      const answer = await api<Settings>(path, { method: 'PUT', body: { passLine: draft.passLine, templates: draft.templates } })
      setDraft(answer)
      setStored(answer)
      setSaved(true)
    } catch (e) {
      setResult(e)
    }
  }
  return (
    <section className="page wide" aria-labelledby="templates-title">
      <h1 id="templates-title">{t('templates.title')}</h1>
      {!mayEdit && (
        <p className="muted" role="note" data-testid="templates-read-only">
          {t('templates.readOnly')}
        </p>
      )}
      {/* Outside the form's fieldset: whoever reads the templates picks the kind to read. */}
      <div className="dashboard-filters">
        <label>
          <span>{t('matter.kind')}</span>{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="plain" disabled={!mayEdit}>
        {/* The pass line is the workspace's, for every kind: it stands apart from the kind's items below. */}
        <p className="templates-pass-line">
          <label>
            <span>{t('templates.passLine')}</span>{' '}
            <input type="number" min={0} max={100} value={draft.passLine} onChange={(e) => setDraft({ ...draft, passLine: Number(e.target.value) })} />
          </label>{' '}
          <span className="muted small">{t('templates.passLineHint')}</span>
        </p>
        <table className="dashboard-table templates-table">
          <thead>
            <tr>
              <th>{t('templates.labelZh')}</th>
              <th>{t('templates.labelEn')}</th>
              <th>{t('templates.weight')}</th>
              <th>{t('templates.required')}</th>
              <th>{t('templates.rule')}</th>
              {mayEdit && (
                <th>
                  <span className="sr-only">{t('templates.removeItem')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id}>
                <td>
                  <input aria-label={t('templates.labelZh')} value={item.label['zh-CN']} onChange={(e) => change(index, { label: { ...item.label, 'zh-CN': e.target.value } })} />
                </td>
                <td>
                  <input aria-label={t('templates.labelEn')} value={item.label.en} onChange={(e) => change(index, { label: { ...item.label, en: e.target.value } })} />
                </td>
                <td>
                  <input aria-label={t('templates.weight')} type="number" min={1} max={100} value={item.weight} onChange={(e) => change(index, { weight: Number(e.target.value) })} />
                </td>
                <td>
                  <input aria-label={t('templates.required')} type="checkbox" checked={item.required} onChange={(e) => change(index, { required: e.target.checked })} />
                </td>
                <td className="muted small">
                  {item.rule ? [item.rule, ...(item.alsoRules ?? [])].map((rule) => (isRuleId(rule) ? t(`ruleName.${rule}`) : rule)).join(t('archive.teamSeparator')) : '—'}
                </td>
                {mayEdit && (
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDraft({ ...draft, templates: { ...draft.templates, [kind]: items.filter((_, i) => i !== index) } })}
                    >
                      {t('templates.removeItem')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <p className={total === 100 ? 'muted' : 'error'}>{t('templates.total', { total })}</p>
        {problem && (
          <p className="error" role="alert" data-testid="templates-problem">
            {problem}
          </p>
        )}
        {mayEdit && (
          <div className="review-actions">
            <button
              type="button"
              onClick={() =>
                setDraft({
                  ...draft,
                  templates: {
                    ...draft.templates,
                    [kind]: [...items, { id: `custom.${Date.now().toString(36)}`, label: { 'zh-CN': '', en: '' }, weight: 1, required: false }],
                  },
                })
              }
            >
              {t('templates.addItem')}
            </button>
            <button type="button" onClick={() => void save()} disabled={total !== 100 || problem !== null}>
              {t('templates.save')}
            </button>
            {saved && <span className="muted">{t('templates.saved')}</span>}
          </div>
        )}
      </fieldset>
      {result !== null && <ErrorNote error={result} />}
    </section>
  )
}

/**
 * What keeps the settings from being saved, in words that name the item (the server's answer
 * names a field path such as `templates.claims.0.weight`): the pass line out of 0–100, another
 * kind's weights edited away from 100, an item
 * without a label in either language, a weight out of 1–100. Null when they can be saved.
 */
function settingsProblem(settings: Settings, shown: DocumentKind, t: Translate): string | null {
  if (!Number.isInteger(settings.passLine) || settings.passLine < 0 || settings.passLine > 100) return t('templates.problem.passLine')
  for (const kind of DOCUMENT_KINDS) {
    // The shown kind's total stands under its table already.
    const total = settings.templates[kind].reduce((sum, item) => sum + item.weight, 0)
    if (kind !== shown && total !== 100) return t('templates.problem.total', { kind: t(`kind.${kind}`), total })
    for (const [index, item] of settings.templates[kind].entries()) {
      const name = t('templates.problem.item', { kind: t(`kind.${kind}`), number: index + 1 })
      if (!item.label['zh-CN'].trim() || !item.label.en.trim()) return t('templates.problem.label', { item: name })
      if (!Number.isInteger(item.weight) || item.weight < 1 || item.weight > 100) return t('templates.problem.weight', { item: name })
    }
  }
  return null
}
