import { Hono, type MiddlewareHandler } from 'hono'
import { withArticle } from '../../shared/domain/roles'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { DOCUMENT_KIND_NAMES, DOCUMENT_KINDS } from '../../shared/domain/documentKinds'
import { documentLocale } from '../../shared/editor/documentTemplate'
import type { DocumentId } from '../../shared/domain/ids'
import { canOnDocument } from '../../shared/domain/policy'
import { MAX_IMPORT_BYTES } from '../../shared/files/importLimits'
import { ApiError } from '../ApiError'
import { authorizeMatter, requireDocumentAction } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { archiveEntry } from '../review/archiveEntry'
import { originAllowed } from '../auth/originCheck'
import { createDocument } from '../documents/createDocument'
import { runImport } from '../import/runImport'
import type { ImportSource } from '../import/structureImport'
import { newId } from '../newId'
import { examinedClaims } from '../versions/examinedClaims'
import { carryTriage } from '../review/carryTriage'
import { documentView } from './views'

/** The file plus the form's other fields and multipart boundaries. */
const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024

/** The path of the import: the API's JSON-only body limit and guard leave it to this route's own. */
export const IMPORT_PATH = /^\/api\/matters\/[^/]+\/import\/?$/

const ImportFields = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** Absent or empty: a reply named by the office action it answers (importedContent.ts replyTitle), another kind by its name in the office's language. */
  title: z.string().trim().max(500).optional(),
})

/**
 * The import's guard in place of the JSON one (originCheck.ts): a foreign Origin is refused, and
 * the body must be multipart/form-data. The session cookie is SameSite=Strict, so a form posted
 * from another site carries no session either.
 */
function guardUpload(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!originAllowed(c, allowedOrigins)) throw new ApiError(403, 'forbidden_origin', 'requests from another origin are refused')
    if (!/^multipart\/form-data\s*;/i.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(415, 'unsupported_media_type', 'send the import as multipart/form-data with a file or a text field')
    }
    await next()
  }
}

const tooLarge = (): ApiError => new ApiError(413, 'too_large', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)

/** What the upload brings: the DOCX in `file`, or the pasted `text`, never both. */
async function uploadedSource(file: unknown, text: unknown): Promise<ImportSource> {
  const hasText = typeof text === 'string' && text.trim() !== ''
  if (file instanceof File && file.size > 0) {
    if (hasText) throw ApiError.badRequest('send either a file or text, not both')
    if (file.size > MAX_IMPORT_BYTES) throw tooLarge()
    return { docx: new Uint8Array(await file.arrayBuffer()) }
  }
  if (typeof text === 'string') return { text }
  throw ApiError.badRequest('file or text: upload a DOCX as `file` or paste plain text as `text`')
}

/**
 * `POST /api/matters/:id/import` — a new document of a kind from a DOCX or pasted text,
 * structured (docs/api.md "Files in and out"). Nothing is created unless the whole import succeeds.
 */
export function importRoutes({ store, sync, allowedOrigins }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.post(
    '/:id/import',
    guardUpload(allowedOrigins),
    bodyLimit({
      maxSize: MAX_IMPORT_BODY_BYTES,
      onError: (c) => {
        c.header('Connection', 'close')
        throw tooLarge()
      },
    }),
    async (c) => {
      const { matter, role } = await authorizeMatter(store, c.get('caller'), c.req.param('id'), 'matter.read')
      if (!DOCUMENT_KINDS.some((kind) => canOnDocument(role, kind, 'document.create'))) {
        throw ApiError.forbidden(`${withArticle(role)} may not create documents`)
      }
      let form: Record<string, string | File>
      try {
        form = await c.req.parseBody()
      } catch {
        throw ApiError.badRequest('the body is not readable multipart/form-data')
      }
      const fields = ImportFields.safeParse({ kind: form.kind, title: form.title })
      if (!fields.success) {
        const issue = fields.error.issues[0]
        throw ApiError.badRequest(`${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`)
      }
      const kind = fields.data.kind
      requireDocumentAction(role, kind, 'document.create')
      const source = await uploadedSource(form.file, form.text)
      const examined = kind === 'oa-reply' ? await examinedClaims(store, sync, matter.id) : undefined
      const { update, summary, title: importedTitle } = await runImport({
        kind,
        source,
        context: { jurisdiction: matter.jurisdiction, matterTitle: matter.title, ...(examined ? { examined: examined.baseline } : {}) },
      })
      const title = fields.data.title || importedTitle || DOCUMENT_KIND_NAMES[documentLocale(matter.jurisdiction)][kind]
      const document = await createDocument(store, { id: newId<DocumentId>(), matter, kind, title, update })
      if (examined) await carryTriage(store, examined.documentId, document.id)
      // The file it came from, by name: the archive says where the text began.
      const fileName = form.file instanceof File ? form.file.name : null
      await store.appendArchive(archiveEntry(c.get('caller'), matter.id, 'document.imported', { documentId: document.id, to: kind, note: fileName }))
      return c.json({ ...documentView(document), imported: summary }, 201)
    },
  )

  return routes
}
