import { Hono } from 'hono'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { readClaimLists } from '../../shared/editor/readPatentDocument'
import type { OfficeLayout, PrintLayoutResponse } from '../../shared/files/officeLayout'
import { layOutDocument } from '../../shared/files/layOutDocument'
import { applicationDataOf } from '../../shared/files/replyCaption'
import { stampLine } from '../../shared/files/stampLine'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { exportedVersion } from '../export/exportedVersion'
import { writeDocx } from '../export/writeDocx'
import { filedClaims } from '../amendment/filedClaims'
import { matterView } from './views'
import type { DocumentRecord, MatterRecord, Store } from '../storage/Store'
import { docxAttachment, fileTitle } from '../export/attachment'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * The document in its office's layout. A US reply's claim listing tells "Original" from
 * "Previously presented" by the claims as filed, which only the store knows; a reply's head names
 * the application as the matter records it.
 */
async function officeLayout(store: Store, document: DocumentRecord, matter: MatterRecord, body: ProseMirrorNode): Promise<OfficeLayout> {
  const listing = document.kind === 'oa-reply' && matter.jurisdiction === 'US'
  const baseline = listing ? (readClaimLists(body).find((list) => list.role === 'amended')?.baseline ?? null) : null
  const filed = baseline ? await filedClaims(store, matter.id, baseline) : null
  return layOutDocument(body, document.kind, matter.jurisdiction, filed?.claims ?? null, applicationDataOf(matterView(matter)))
}

/**
 * `GET /api/documents/:id/export.docx` and `GET /api/documents/:id/layout` — a document in its
 * office's layout, as a DOCX file or as the model the print view draws; from the approved
 * version unless `?version=` names another (docs/api.md "Files in and out").
 */
export function exportRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.get('/:id/export.docx', async (c) => {
    const { document, matter } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const { body, stamp } = await exportedVersion(store, sync, document, matter, c.req.query('version'))
    // `?footer=0`: the copy to file, without our version line on its pages.
    const footer = c.req.query('footer') !== '0'
    const file = await writeDocx(await officeLayout(store, document, matter, body), stamp, document.title, { footer })
    return c.body(file, 200, {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': docxAttachment(fileTitle(matter.title, document.title)),
      'X-Claimroom-Version-Hash': stamp.versionHash,
    })
  })

  routes.get('/:id/layout', async (c) => {
    const { document, matter } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    const { body, stamp } = await exportedVersion(store, sync, document, matter, c.req.query('version'))
    const layout = await officeLayout(store, document, matter, body)
    const response: PrintLayoutResponse = { documentId: document.id, layout, stamp, stampLine: stampLine(stamp, layout.locale) }
    return c.json(response)
  })

  return routes
}
