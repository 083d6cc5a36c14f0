import type { MatterDetail } from '../../shared/domain/api'
import { isDocumentKind } from '../../shared/domain/documentKinds'
import { isRole } from '../../shared/domain/roles'
import { isMatterState, isReviewState } from '../../shared/domain/workflow'
import { VERSION_ORIGINS, type VersionOrigin } from '../../shared/editor/versionApi'
import { gradeInNote, noteFor } from '../../shared/review/archiveNotes'
import type { ArchiveEntryView } from '../../shared/review/reviewApi'
import { isRuleId } from '../../shared/rules/ruleIds'
import { useI18n } from '../i18n/I18nProvider'
import { ErrorNote } from '../pages/ErrorNote'
import { versionName } from '../prosecution/versionLabel'
import { useApi } from '../useApi'
import { reapprovals } from './reapprovals'
import { shortHash } from '../prosecution/versionLabel'

/**
 * The process archive as a timeline, newest first, with its CSV export. An entry about one
 * document (a version kept, an approval) names it: at filing every claim set is kept at once.
 */
export function MatterTimeline({ matterId, version, documents }: { matterId: string; version: number; documents: MatterDetail['documents'] }) {
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
  if (error) return <ErrorNote error={error} />
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('archive.title')}</h2>
      <p>
        <a href={`${path}?format=csv`} download>
          {t('archive.csv')}
        </a>{' '}
        ·{' '}
        <a href={`${path}?format=json`} download>
          {t('archive.json')}
        </a>
      </p>
      <ol className="timeline" data-testid="timeline">
        {[...entries].reverse().map((e) => (
          <li key={e.id}>
            <span className="muted small">{new Date(e.at).toLocaleString(locale)}</span> <span translate="no">{e.actor.name}</span> ·{' '}
            {again.has(e.id) ? t('archive.approvedAgain') : t(`archive.kind.${e.kind}`)}
            {e.documentId && titleOf.has(e.documentId) && <span translate="no"> · {titleOf.get(e.documentId)}</span>}
            {/* A saved version records why it was kept (its origin), a restore the hash it replaced: neither is a change of state. */}
            {e.kind === 'version.saved' && isVersionOrigin(e.to) && <span> · {t(`versions.origin.${e.to}`)}</span>}
            {e.kind === 'team.changed' && (
              <span>
                {' '}
                {teamNames(e.from)} → {teamNames(e.to)}
              </span>
            )}
            {/* A dismissal names the rule whose finding was set aside: not a change from one state to another. */}
            {e.kind === 'finding.dismissed' && e.to && (
              <span>
                {' · '}
                {isRuleId(e.to) ? t(`ruleName.${e.to}`) : <code translate="no">{e.to}</code>}
              </span>
            )}
            {/* Archived or restored: where the record went, not a state of the workflow. */}
            {(e.kind === 'matter.archived' || e.kind === 'document.archived') && (e.to === 'archived' || e.to === 'active') && (
              <span> · {t(`archive.recordNow.${e.to}`)}</span>
            )}
            {/* A document made or imported: its kind, and the file it came from (the note). */}
            {(e.kind === 'document.created' || e.kind === 'document.imported') && e.to !== null && isDocumentKind(e.to) && t(`kind.${e.to}`) !== titleOf.get(e.documentId ?? '') && (
              <span> · {t(`kind.${e.to}`)}</span>
            )}
            {!['version.saved', 'version.restored', 'team.changed', 'finding.dismissed', 'document.created', 'document.imported', 'matter.archived', 'document.archived'].includes(e.kind) &&
              !again.has(e.id) &&
              (e.from || e.to) && (
                <span>
                  {' '}
                  {/* Made in its first state: there was none before it. */}
                  {e.from === null ? stateName(e.to) : `${stateName(e.from)} → ${stateName(e.to)}`}
                </span>
              )}
            {e.versionHash && (again.has(e.id) ? <span> · {approvedVersions(e.versionHash, again.get(e.id)!.before)}</span> : <> {hash(e.versionHash)}</>)}
            {e.note && <p className="muted small timeline-note">{noteText(e, e.note)}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
