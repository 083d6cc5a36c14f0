import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { DocumentId } from '../../shared/domain/ids'
import { compareClaims, type ComparedClaim } from '../../shared/editor/compareClaims'
import { CURRENT_VERSION, type ComparisonResponse, type VersionDetail, type VersionView } from '../../shared/editor/versionApi'
import { ApiError } from '../ApiError'
import { authorizeDocument } from '../access'
import { amendmentMarkupFor } from '../amendment/amendmentMarkupFor'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { readBody } from '../../shared/editor/documentBody'
import { personLookup } from '../review/people'
import type { Store, VersionRecord } from '../storage/Store'
import type { SyncServer } from '../sync/SyncServer'
import { restoreVersion } from '../versions/restoreVersion'
import { saveVersions } from '../versions/saveVersions'
import { claimsOf, openSnapshot } from '../versions/versionContent'
import { requestLocale } from './findingViews'
import { readJson } from './readJson'
import { docxAttachment, fileTitle } from '../export/attachment'

const NewVersion = z.object({ name: z.string().trim().min(1, 'name the version').max(200) }).strict()

async function versionView(store: Store, version: Omit<VersionRecord, 'snapshot'>): Promise<VersionView> {
  return {
    id: version.id,
    name: version.name,
    origin: version.origin,
    versionHash: version.versionHash,
    createdAt: version.createdAt,
    createdBy: await personLookup(store)(version.createdBy),
  }
}

/** A version of this document, or 404: a version of another document is not reachable through this one. */
async function versionOf(store: Store, documentId: DocumentId, versionId: string): Promise<VersionRecord> {
  const version = await store.findVersion(versionId)
  if (!version || version.documentId !== documentId) throw ApiError.notFound(`version ${versionId} of this document`)
  return version
}

/**
 * `/api/documents/:id/versions…` and `/api/documents/:id/compare` — named versions, opening one
 * read-only, comparing two claim by claim, restoring one (docs/api.md "Versions") — and
 * `/api/documents/:replyId/amendment-markup[.docx]`, a reply's amended claims marked up against
 * the claims it started from (docs/api.md "Amendment markup").
 */
export function versionRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/versions', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const versions = await store.listVersions(document.id)
    return c.json({ versions: await Promise.all(versions.map((v) => versionView(store, v))) })
  })

  routes.post('/:id/versions', async (c) => {
    const caller = c.get('caller')
    const { document } = await authorizeDocument(store, caller, c.req.param('id'), 'document.edit')
    const { name } = await readJson(c, NewVersion)
    const [version] = await saveVersions(store, sync, caller, [document], name, 'named')
    sync.notify(document.id, 'versions')
    return c.json(await versionView(store, version!), 201)
  })

  routes.get('/:id/versions/:versionId', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const version = await versionOf(store, document.id, c.req.param('versionId'))
    const body = openSnapshot(document.kind, version.snapshot)
    const detail: VersionDetail = {
      ...(await versionView(store, version)),
      content: body.toJSON(),
      claims: claimsOf(body).map((claim, index) => ({ number: index + 1, text: claim.text })),
    }
    return c.json(detail)
  })

  routes.post('/:id/versions/:versionId/restore', async (c) => {
    const caller = c.get('caller')
    const { document } = await authorizeDocument(store, caller, c.req.param('id'), 'document.edit')
    const version = await versionOf(store, document.id, c.req.param('versionId'))
    const backup = await restoreVersion(store, sync, caller, document, version)
    sync.notify(document.id, 'versions')
    sync.notify(document.id, 'restored')
    return c.json({ restored: await versionView(store, version), backup: await versionView(store, backup) })
  })

  routes.get('/:id/compare', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const from = c.req.query('from')
    const to = c.req.query('to')
    if (!from || !to) throw ApiError.badRequest(`from and to: two version ids, or "${CURRENT_VERSION}" for the document as it is now`)
    const claimsAt = async (versionId: string): Promise<ComparedClaim[]> => {
      if (versionId !== CURRENT_VERSION) return claimsOf(openSnapshot(document.kind, (await versionOf(store, document.id, versionId)).snapshot))
      const doc = await sync.currentState(document.id)
      const body = readBody(document.kind, doc)
      doc.destroy()
      return claimsOf(body)
    }
    const [before, after] = await Promise.all([claimsAt(from), claimsAt(to)])
    const body: ComparisonResponse = { from, to, claims: compareClaims(before, after) }
    return c.json(body)
  })

  const markupOf = async (c: Context<AppEnv>) => {
    const { document, matter } = await authorizeDocument(store, c.get('caller'), c.req.param('id')!, 'document.read')
    const markup = await amendmentMarkupFor(store, sync, document, matter, { versionId: c.req.query('version'), locale: requestLocale(c) })
    return { markup, matter }
  }

  routes.get('/:id/amendment-markup', async (c) => c.json((await markupOf(c)).markup))

  routes.get('/:id/amendment-markup.docx', async (c) => {
    const { markup, matter } = await markupOf(c)
    // Loaded on first use, like every DOCX writer: the docx package is megabytes the server need not hold until then.
    const { markupDocx, markupTitle } = await import('../amendment/markupDocx')
    // `?footer=0`: the copy to file, as for the document's own export — without our version lines.
    const file = await markupDocx(markup, { forFiling: c.req.query('footer') === '0' })
    c.header('Content-Disposition', docxAttachment(fileTitle(matter.title, markup.reply.title, markupTitle(markup))))
    return c.body(new Uint8Array(file), 200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
  })

  return routes
}
