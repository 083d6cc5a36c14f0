import type { MatterDetail } from '../../shared/domain/api'
import { isDocumentKind } from '../../shared/domain/documentKinds'
import { isRole } from '../../shared/domain/roles'
import { isMatterState, isReviewState } from '../../shared/domain/workflow'
import { VERSION_ORIGINS, type VersionOrigin } from '../../shared/editor/versionApi'
import { gradeInNote, noteFor } from '../../shared/review/archiveNotes'
import type { ArchiveEntryView } from '../../shared/review/reviewApi'
import { isCheckId } from '../i18n/ruleNames'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { versionName } from '../prosecution/versionLabel'
import { useApi } from '../useApi'
import { reapprovals } from './reapprovals'
import { factsText, legacyApplicationLine } from './archiveFacts'
import { shortHash } from '../prosecution/versionLabel'
import type { MessageKey } from '../i18n/messages'
import { csvText } from '../../shared/review/csv'
import { saveFile } from '../files/transfer'
import { dateLocale } from '../i18n/dateLocale'

/**
 * The process archive as a timeline, newest first, with its CSV export. An entry about one
 * document (a version kept, an approval) names it: at filing every claim set is kept at once.
 */
export function MatterTimeline({
  matterId,
  matterTitle,
  version,
  documents,
}: {
  matterId: string
  matterTitle: string
  version: number
  documents: MatterDetail['documents']
}) {
  const { t, rich, locale } = useI18n()
  const path = `/api/matters/${encodeURIComponent(matterId)}/archive`
  const titleOf = new Map<string, string>(documents.map((d) => [d.id, d.title]))
  const { data, error } = useApi<{ entries: ArchiveEntryView[] }>(`${path}?v=${version}`)
  // States and roles are named in the reader's language; other values (a rule id) as recorded.
  const stateName = (value: string | null) =>
    value === null ? '—' : isMatterState(value) ? t(`matterState.${value}`) : isReviewState(value) ? t(`reviewState.${value}`) : value
  const isVersionOrigin = (value: string | null): value is VersionOrigin => (VERSION_ORIGINS as readonly (string | null)[]).includes(value)
  // A team is recorded as "name:role; name:role" (server/routes/teamRoutes.ts); its roles are named here.
  const teamNames = (value: string | null) =>
    value === null || value === ''
      ? '—'
      : value
          .split('; ')
          .map((member) => {
            const at = member.lastIndexOf(':')
            const role = member.slice(at + 1)
            return at > 0 && isRole(role) ? t('archive.teamMember', { name: member.slice(0, at), role: t(`role.${role}`) }) : member
          })
          .join(t('archive.teamSeparator'))
  // A note is in the reader's language: a grade named in their words, overridden checks in their
  // lines, a version the workflow kept by its step (its stored name is in the office's language).
  const noteText = (entry: ArchiveEntryView, note: string) => {
    if (entry.kind === 'version.saved' && isVersionOrigin(entry.to)) return versionName({ name: note, origin: entry.to, createdAt: entry.at }, locale)
    const grade = gradeInNote(note)
    return grade ? t('label.value', { label: t('workflow.grade'), value: t(`grade.${grade}`) }) : noteFor(note, locale)
  }
  const entries = data?.entries ?? []
  // An approval of a document approved already changes no state ("approved → approved"): it says
  // it approved again, and which version replaced the one approved before.
  const again = reapprovals(entries)
  const hash = (versionHash: string) => <code title={versionHash}>{shortHash(versionHash)}</code>
  const approvedVersions = (approved: string, before: string | null) =>
    before === null
      ? hash(approved)
      : before === approved
        ? rich('archive.sameVersion', { version: hash(approved) })
        : rich('archive.versionReplaced', { before: hash(before), after: hash(approved) })
  // What an entry changed, after its kind: a state, a team, a rule, where a record went.
  const detailOf = (e: ArchiveEntryView): string | null => {
    // A saved version records why it was kept (its origin), a restore the hash it replaced: neither is a change of state.
    if (e.kind === 'version.saved') return isVersionOrigin(e.to) ? ` · ${t(`versions.origin.${e.to}`)}` : null
    if (e.kind === 'team.changed') return ` ${teamNames(e.from)} → ${teamNames(e.to)}`
    // A dismissal names the rule whose finding was set aside: not a change from one state to another.
    if (e.kind === 'finding.dismissed') return e.to ? ` · ${isCheckId(e.to) ? t(`ruleName.${e.to}`) : e.to}` : null
    // Archived or restored: where the record went, not a state of the workflow.
    if (e.kind === 'matter.archived' || e.kind === 'document.archived') return e.to === 'archived' || e.to === 'active' ? ` · ${t(`archive.recordNow.${e.to}`)}` : null
    // A document made or imported: its kind, and the file it came from (the note).
    if (e.kind === 'document.created' || e.kind === 'document.imported') {
      return e.to !== null && isDocumentKind(e.to) && t(`kind.${e.to}`) !== titleOf.get(e.documentId ?? '') ? ` · ${t(`kind.${e.to}`)}` : null
    }
    // Application data names its facts in the reader's words: by name since entries record them, else from the line of old entries.
    if (e.kind === 'matter.application') {
      if (e.facts) return ` ${factsText(e.facts, t)}`
      const line = (value: string | null) => (value === null ? '—' : legacyApplicationLine(value, t))
      return e.from === null ? ` ${line(e.to)}` : ` ${line(e.from)} → ${line(e.to)}`
    }
    if (e.kind === 'version.restored' || again.has(e.id) || !(e.from || e.to)) return null
    // Made in its first state: there was none before it. A step names the facts it was taken with.
    const change = e.from === null ? stateName(e.to) : `${stateName(e.from)} → ${stateName(e.to)}`
    return ` ${change}${e.facts ? ` · ${factsText(e.facts, t)}` : ''}`
  }
  // The CSV says what the timeline says, in the reader's language and time zone.
  const downloadCsv = () => {
    const rows = entries.map((e) => [
      spreadsheetTime(e.at),
      e.actor.name,
      again.has(e.id) ? t('archive.approvedAgain') : t(`archive.kind.${e.kind}`),
      e.documentId ? (titleOf.get(e.documentId) ?? e.documentId) : '',
      detailOf(e)?.replace(/^ (· )?/, '') ?? '',
      e.versionHash ?? '',
      e.note ? noteText(e, e.note) : '',
    ])
    const header = ['time', 'actor', 'event', 'document', 'change', 'version', 'note'].map((column) => t(`archive.column.${column}` as MessageKey, { zone: timeZoneName(locale) }))
    saveFile(new Blob([csvText([header, ...rows])], { type: 'text/csv;charset=utf-8' }), `${matterTitle} - ${t('archive.title')}.csv`)
  }
  if (error) return <ErrorNote error={error} />
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('archive.title')}</h2>
      <p>
        <button type="button" className="link" onClick={downloadCsv} disabled={!data} data-testid="archive-csv">
          {t('archive.csv')}
        </button>{' '}
        ·{' '}
        <a href={`${path}?format=json`} download={`${matterTitle} - ${t('archive.title')}.json`}>
          {t('archive.json')}
        </a>
      </p>
      <ol className="timeline" data-testid="timeline">
        {[...entries].reverse().map((e) => {
          const detail = detailOf(e)
          return (
          <li key={e.id}>
            <span className="muted small">{new Date(e.at).toLocaleString(dateLocale(locale))}</span> <span translate="no">{e.actor.name}</span> ·{' '}
            {again.has(e.id) ? t('archive.approvedAgain') : t(`archive.kind.${e.kind}`)}
            {e.documentId && titleOf.has(e.documentId) && <span translate="no"> · {titleOf.get(e.documentId)}</span>}
            {detail && <span>{detail}</span>}
            {e.versionHash && (again.has(e.id) ? <span> · {approvedVersions(e.versionHash, again.get(e.id)!.before)}</span> : <> {hash(e.versionHash)}</>)}
            {e.note && <p className="muted small timeline-note">{noteText(e, e.note)}</p>}
          </li>
          )
        })}
      </ol>
    </section>
  )
}

/** A time as spreadsheets read one: "2026-12-02 17:31:49" in the reader's time zone (named in the column's heading). */
function spreadsheetTime(iso: string): string {
  const at = new Date(iso)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`
}

/** The reader's time zone as a short name ("GMT+8", "UTC"). */
const timeZoneName = (locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? ''
