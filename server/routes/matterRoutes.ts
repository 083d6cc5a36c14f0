import { Hono } from 'hono'
import { z } from 'zod'
import { DOCUMENT_KIND_NAMES, DOCUMENT_KINDS } from '../../shared/domain/documentKinds'
import { APPLICATION_FACT_LENGTHS, APPLICATION_LINE_NAMES, type MatterDetail } from '../../shared/domain/api'
import type { ArchiveFacts } from '../../shared/review/reviewApi'
import type { DocumentId, MatterId } from '../../shared/domain/ids'
import { canOnDocument, canOnMatter, nextStates, type MatterAction } from '../../shared/domain/policy'
import { JURISDICTIONS } from '../../shared/claims/types'
import { authorizeMatter, requireDocumentAction, roleIn, visibleMatters, workspaceForNewMatter } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { createDocument } from '../documents/createDocument'
import { documentLocale, documentTemplate } from '../../shared/editor/documentTemplate'
import { examinedClaims } from '../versions/examinedClaims'
import { carryTriage } from '../review/carryTriage'
import { newId } from '../newId'
import { matterReplyDeadline } from '../review/replyDeadlines'
import { archiveEntry } from '../review/archiveEntry'
import type { ApplicationFacts, MatterRecord } from '../storage/Store'
import { documentView, matterView } from './views'
import { latestApprovalState } from '../review/approvalState'
import { readJson } from './readJson'
import { calendarDate } from './calendarDate'
import { RecordChange, recordChanges } from './recordChange'

const NewMatter = z.object({
  title: z.string().trim().min(1).max(500),
  jurisdiction: z.enum(JURISDICTIONS as ['CN', 'US', 'EP']).default('CN'),
  workspaceId: z.string().optional(),
})

/** A fact a reply's head names, besides number and date: '' or null clears it, absent leaves it as recorded. */
const optionalFact = (maxLength: number) => z.string().trim().max(maxLength).nullable().optional()

/** A date of the application data: '' or null clears it, absent leaves it as recorded. */
const optionalDate = z.union([z.literal(''), calendarDate()]).nullable().optional()

const ApplicationData = z.object({
  applicationNumber: z.string().trim().max(APPLICATION_FACT_LENGTHS.applicationNumber),
  filingDate: z.union([z.literal(''), calendarDate()]),
  applicant: optionalFact(APPLICATION_FACT_LENGTHS.applicant),
  docketNumber: optionalFact(APPLICATION_FACT_LENGTHS.docketNumber),
  examiner: optionalFact(APPLICATION_FACT_LENGTHS.examiner),
  artUnit: optionalFact(APPLICATION_FACT_LENGTHS.artUnit),
  confirmationNumber: optionalFact(APPLICATION_FACT_LENGTHS.confirmationNumber),
  grantNumber: optionalFact(APPLICATION_FACT_LENGTHS.grantNumber),
  grantDate: optionalDate,
})

/** The facts besides number and date, each named in the archive's line as a US caption names it. */
const NAMED_FACTS = Object.entries(APPLICATION_LINE_NAMES) as [keyof typeof APPLICATION_LINE_NAMES, string][]

/**
 * The application data as the archive's `from` and `to` record a change of it: "202611234567.8 ·
 * 2026-11-20", as before the other facts were kept, then those recorded by name ("Applicant:
 * 某公司"). Kept for readers of those fields; the entry's facts name each fact for the timeline.
 */
const applicationLine = (data: ApplicationFacts): string =>
  [data.applicationNumber, data.filingDate, ...NAMED_FACTS.map(([fact, name]) => data[fact] && `${name}: ${data[fact]}`)].filter(Boolean).join(' · ')

/** A change of the application data by name: every fact recorded before or after it, '' for one cleared. */
const changedFacts = (before: ApplicationFacts, after: ApplicationFacts): ArchiveFacts =>
  Object.fromEntries(
    (['applicationNumber', 'filingDate', ...NAMED_FACTS.map(([fact]) => fact)] as const).filter((fact) => before[fact] || after[fact]).map((fact) => [fact, after[fact] ?? '']),
  )

const NewDocument = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** Absent: the kind's name in the office's language. */
  title: z.string().trim().min(1).max(500).optional(),
  /** For a reply: the version of a claim set its amended claims start from… */
  claimsVersion: z.string().optional(),
  /** …or the claim set whose text as it is now they start from (default: the latest one). */
  claimSet: z.string().optional(),
})

const MATTER_ACTIONS: readonly MatterAction[] = ['matter.read', 'matter.manageTeam', 'matter.edit']

export function matterRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  // Archived matters only with ?archived=1: they are kept, not listed.
  routes.get('/', async (c) => {
    const withArchived = c.req.query('archived') === '1'
    const matters = (await visibleMatters(store, c.get('caller'))).filter((m) => withArchived || !m.archivedAt)
    return c.json({ matters: await Promise.all(matters.map(async (m) => ({ ...matterView(m), replyDeadline: await matterReplyDeadline(store, sync, m) }))) })
  })

  // What the office gave the application at filing, recorded when its receipt comes; applicant and
  // docket number from the start. A change of anything is one archive entry.
  routes.put('/:id/application', async (c) => {
    const caller = c.get('caller')
    const { matter } = await authorizeMatter(store, caller, c.req.param('id'), 'matter.edit')
    const input = await readJson(c, ApplicationData)
    const changes: ApplicationFacts = { applicationNumber: input.applicationNumber || null, filingDate: input.filingDate || null }
    for (const [fact] of NAMED_FACTS) if (input[fact] !== undefined) changes[fact] = input[fact] || null
    const before = applicationLine(matter)
    const after = applicationLine({ ...matter, ...changes })
    if (before !== after) {
      await store.updateMatter(matter.id, changes)
      const facts = changedFacts(matter, { ...matter, ...changes })
      await store.appendArchive(archiveEntry(caller, matter.id, 'matter.application', { from: before || null, to: after || null, facts }))
    }
    return c.json(matterView({ ...matter, ...changes }))
  })

  routes.patch('/:id', async (c) => {
    const caller = c.get('caller')
    const { matter } = await authorizeMatter(store, caller, c.req.param('id'), 'matter.edit')
    const { changes, archive } = recordChanges('matter', matter, await readJson(c, RecordChange))
    await store.updateMatter(matter.id, changes)
    for (const entry of archive) await store.appendArchive(archiveEntry(caller, matter.id, entry.kind, entry))
    return c.json(matterView({ ...matter, ...changes }))
  })

  routes.post('/', async (c) => {
    const caller = c.get('caller')
    const input = await readJson(c, NewMatter)
    const matter: MatterRecord = {
      id: newId<MatterId>(),
      workspaceId: workspaceForNewMatter(caller, input.workspaceId),
      title: input.title,
      jurisdiction: input.jurisdiction,
      createdAt: new Date().toISOString(),
      state: 'disclosure',
      grade: null,
    }
    await store.createMatter(matter)
    // The creator is on the team from the start; an admin sees every matter without being on it.
    const role = roleIn(caller, matter.workspaceId)
    if (role && role !== 'admin') await store.addTeamMember(matter.id, caller.user.id, role)
    await store.appendArchive(archiveEntry(caller, matter.id, 'matter.created', { to: matter.state, note: matter.title }))
    return c.json(matterView(matter), 201)
  })

  routes.get('/:id', async (c) => {
    const { matter, role } = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'matter.read')
    const documents = await store.listDocuments(matter.id)
    // Only approved documents can have an approval gone stale: the others need no content hash.
    const stale = await Promise.all(documents.map(async (d) => d.reviewState === 'approved' && (await latestApprovalState(store, sync, d)) === 'stale'))
    const body: MatterDetail = {
      ...matterView(matter),
      replyDeadline: await matterReplyDeadline(store, sync, matter),
      documents: documents.map((d, i) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        reviewState: d.reviewState,
        archivedAt: d.archivedAt ?? null,
        approvalStale: stale[i]!,
      })),
      role,
      permissions: MATTER_ACTIONS.filter((action) => canOnMatter(role, action)),
      nextStates: nextStates(role, matter.state),
      creatableKinds: DOCUMENT_KINDS.filter((kind) => canOnDocument(role, kind, 'document.create')),
    }
    return c.json(body)
  })

  routes.post('/:id/documents', async (c) => {
    const { matter, role } = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'matter.read')
    const input = await readJson(c, NewDocument)
    requireDocumentAction(role, input.kind, 'document.create')
    // A reply's amended claims start from the claim set the office action examined.
    const examined = input.kind === 'oa-reply' ? await examinedClaims(store, sync, matter.id, { versionId: input.claimsVersion, claimSetId: input.claimSet }) : undefined
    const document = await createDocument(store, {
      id: newId<DocumentId>(),
      matter,
      kind: input.kind,
      title: input.title ?? DOCUMENT_KIND_NAMES[documentLocale(matter.jurisdiction)][input.kind],
      ...(input.kind === 'oa-reply' ? { content: documentTemplate('oa-reply', matter.jurisdiction, matter.title, examined?.baseline) } : {}),
    })
    if (examined) await carryTriage(store, examined.documentId, document.id)
    await store.appendArchive(archiveEntry(c.get('caller'), matter.id, 'document.created', { documentId: document.id, to: document.kind }))
    return c.json(documentView(document), 201)
  })

  return routes
}
