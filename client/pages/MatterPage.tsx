import { useState, type FormEvent } from 'react'
import { useOneAtATime } from '../useOneAtATime'
import type { DocumentView, MatterDetail } from '../../shared/domain/api'
import { DOCUMENT_KIND_NAMES, type DocumentKind } from '../../shared/domain/documentKinds'
import { documentLocale } from '../../shared/editor/documentTemplate'
import type { MatterState } from '../../shared/domain/workflow'
import { MatterReview } from '../review/MatterReview'
import { ExaminedClaimsPicker, startingPoint } from '../prosecution/ExaminedClaimsPicker'
import { ImportForm } from '../files/ImportForm'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { Link, navigate } from '../router'
import { useApi } from '../useApi'
import { useVisibleTicks } from '../useVisibleTicks'
import { ApplicationData } from './ApplicationData'
import { PageProblem } from './PageProblem'
import { ErrorNote } from './ErrorNote'
import { RecordActions } from './RecordActions'
import { PageSkeleton } from './Skeleton'
import { usePageTitle } from '../usePageTitle'

/** How often the matter page reads the matter and its archive again while it is in view. */
const FOLLOW_MS = 10_000

export function MatterPage({ matterId }: { matterId: string }) {
  const { t } = useI18n()
  const { data, error, reload } = useApi<MatterDetail>(`/api/matters/${encodeURIComponent(matterId)}`)
  usePageTitle(data?.title)
  // Others move the matter on, add documents and approve: read again while the page is in view.
  const ticks = useVisibleTicks(FOLLOW_MS, reload)
  // A change of the application data is archived: the timeline reads it again.
  const [applicationSaves, setApplicationSaves] = useState(0)
  // Null until the user picks a kind: then the kind the matter's step calls for is offered.
  const [kind, setKind] = useState<DocumentKind | null>(null)
  const [title, setTitle] = useState('')
  // For a reply: what its amended claims start from, as the picker names it (startingPoint).
  const [replyStart, setReplyStart] = useState<string | null>(null)
  const [createError, setCreateError] = useState<unknown>(null)

  // Only the kinds the caller may create are offered.
  const creatable = data?.creatableKinds ?? []
  const wanted = kind ?? (data ? kindForStep(data.state) : 'claims')
  const chosenKind = creatable.includes(wanted) ? wanted : (creatable[0] ?? wanted)
  const claimSets = (data?.documents ?? []).filter((d) => d.kind === 'claims' && !d.archivedAt)
  const replies = (data?.documents ?? []).filter((d) => d.kind === 'oa-reply' && !d.archivedAt)
  const startsFrom = chosenKind === 'oa-reply' && replyStart ? startingPoint(replyStart) : {}
  const choosingStart = chosenKind === 'oa-reply' && claimSets.length > 0 && replyStart === null
  // A double click would make two documents.
  const { busy, run } = useOneAtATime()
  const create = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      try {
        const document = await api<DocumentView>(`/api/matters/${encodeURIComponent(matterId)}/documents`, {
          method: 'POST',
          // Without a title the server names it by its kind, in its office's language.
          body: { kind: chosenKind, ...(title.trim() ? { title } : {}), ...startsFrom },
        })
        navigate(`/documents/${document.id}`)
      } catch (e) {
        setCreateError(e)
      }
    })
  }

  if (error) return <PageProblem error={error} />
  if (!data) return <PageSkeleton />
  const mayEdit = data.permissions.includes('matter.edit')
  return (
    <section className="page" aria-labelledby="matter-title">
      <h1 id="matter-title">
        <span translate="no">{data.title}</span> <span className="badge">{t(`jurisdiction.${data.jurisdiction}`)}</span>
        {data.archivedAt && <span className="badge">{t('record.archived')}</span>}
      </h1>
      {mayEdit && (
        <RecordActions path={`/api/matters/${data.id}`} title={data.title} archived={Boolean(data.archivedAt)} label={data.title} onChanged={reload} />
      )}
      {/* A step records facts too (filing its number, a grant its own): the form starts again from them. */}
      <ApplicationData
        key={data.state}
        matter={data}
        onChanged={() => {
          setApplicationSaves((n) => n + 1)
          reload()
        }}
      />
      <h2>{t('matter.documents')}</h2>
      {data.documents.length === 0 && <p className="muted">{t('matter.noDocuments')}</p>}
      {data.documents.length > 0 && (
        <ul className="list">
          {data.documents.map((d) => (
            <li key={d.id}>
              <Link to={`/documents/${d.id}`} translate="no">
                {d.title}
              </Link>
              {/* A document titled by its kind ("技术交底书") is not named twice. */}
              {d.title !== t(`kind.${d.kind}`) && <span className="badge">{t(`kind.${d.kind}`)}</span>}
              <span className={d.approvalStale ? 'badge warning' : 'badge'} data-testid="document-review-state">
                {d.approvalStale ? t('reviewState.approvedStale') : t(`reviewState.${d.reviewState}`)}
              </span>
              {d.archivedAt && <span className="badge">{t('record.archived')}</span>}
              {mayEdit && (
                <RecordActions path={`/api/documents/${d.id}`} title={d.title} archived={Boolean(d.archivedAt)} label={d.title} onChanged={reload} />
              )}
            </li>
          ))}
        </ul>
      )}
      {creatable.length > 0 && (
        <form className="stacked-form" onSubmit={create} aria-labelledby="new-document-title">
          <h2 id="new-document-title">{t('matter.newDocument')}</h2>
          <label>
            <span>{t('matter.kind')}</span>
            <select name="kind" value={chosenKind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
              {creatable.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('matter.documentTitle')}</span>
            <input
              name="title"
              placeholder={DOCUMENT_KIND_NAMES[documentLocale(data.jurisdiction)][chosenKind]}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              maxLength={500}
              aria-describedby="document-title-hint"
            />
          </label>
          <p id="document-title-hint" className="muted small">
            {t('matter.documentTitleHint')}
          </p>
          {chosenKind === 'oa-reply' && claimSets.length > 0 && (
            <ExaminedClaimsPicker claimSets={claimSets} replies={replies} value={replyStart} onChange={setReplyStart} />
          )}
          <button type="submit" disabled={choosingStart || busy}>
            {t('matter.create')}
          </button>
          {createError !== null && <ErrorNote error={createError} />}
        </form>
      )}
      {creatable.length > 0 && <ImportForm matterId={data.id} jurisdiction={data.jurisdiction} creatableKinds={creatable} />}
      {/* Last: the process archive in it only grows, and would push the forms above out of reach. */}
      <MatterReview matter={data} onChanged={reload} followed={ticks + applicationSaves} />
    </section>
  )
}

// What a matter at this step is most likely to need next: a disclosure before drafting, a reply
// once an office action is in, else the claims.
function kindForStep(state: MatterState): DocumentKind {
  if (state === 'disclosure' || state === 'evaluation') return 'disclosure'
  return state === 'office-action' ? 'oa-reply' : 'claims'
}
