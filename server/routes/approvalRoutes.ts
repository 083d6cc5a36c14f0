import { Hono } from 'hono'
import { z } from 'zod'
import type { Locale } from '../../shared/i18n/locale'
import { OVERRIDDEN_LINE } from '../../shared/review/archiveNotes'
import { unmetRequiredItems, type Checklist } from '../../shared/review/checklist'
import type { ApprovalView } from '../../shared/review/reviewApi'
import { ApiError } from '../ApiError'
import { authorizeDocument } from '../access'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { newId } from '../newId'
import { archiveEntry } from '../review/archiveEntry'
import { documentChecklist } from '../review/documentChecklist'
import { personLookup } from '../review/people'
import { currentVersion } from '../review/reviewedDocument'
import type { ApprovalRecord } from '../storage/ReviewStore'
import { approvedVersion } from '../versions/approvedVersion'
import { requestLocale } from './findingViews'
import { readJson } from './readJson'

const ApprovalBody = z
  .object({
    override: z.object({ reason: z.string().trim().min(1, 'write why the checks are overridden').max(4000) }).optional(),
    /** The content hash of the text the lead read (GET …/approvals): approved only if it is still the text. */
    versionHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex').optional(),
  })
  .strict()

/**
 * `POST|GET /api/documents/:id/approvals` — a lead approves one exact version: the server keeps its
 * snapshot and content hash, and the approval is stale as soon as the content differs.
 */
export function approvalRoutes({ store, sync }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))

  routes.post('/:id/approvals', async (c) => {
    const caller = c.get('caller')
    const { document, matter } = await authorizeDocument(store, caller, c.req.param('id'), 'document.approve')
    const { override, versionHash } = await readJson(c, ApprovalBody)
    const locale = requestLocale(c)
    const { checklist, reviewed, checklistIn } = await documentChecklist(store, sync, document, matter, locale)
    if (versionHash !== undefined && versionHash !== reviewed.versionHash) {
      throw new ApiError(409, 'conflict', 'the text changed after you read it: read it again, then approve', { versionHash: reviewed.versionHash })
    }
    // The same lead approving the same text again (a double click, a retried request) gets the
    // approval they already gave: a second would add archive entries that are never removed.
    const given = (await store.approvals(document.id)).at(-1)
    if (given && given.versionHash === reviewed.versionHash && given.approvedBy === caller.user.id) {
      return c.json(approvalView(given, { id: caller.user.id, name: caller.user.name }, 'valid'), 200)
    }
    const failures = blockingReasons(checklist, reviewed.openErrors.length, locale)
    if (failures.length > 0 && !override) {
      const message =
        locale === 'zh-CN'
          ? `无法批准：${failures.join('；')}。请先处理，或附理由强制批准：{"override":{"reason":"…"}}`
          : `cannot approve: ${failures.join('; ')}. Fix them, or approve with {"override":{"reason":"…"}}`
      throw new ApiError(409, 'approval_blocked', message, { reasons: failures })
    }
    const approval: ApprovalRecord = {
      id: newId(),
      documentId: document.id,
      versionHash: reviewed.versionHash,
      snapshot: reviewed.snapshot,
      approvedBy: caller.user.id,
      approvedAt: new Date().toISOString(),
      overrideReason: override?.reason ?? null,
    }
    const fields = { documentId: document.id, versionHash: approval.versionHash }
    const entries = [archiveEntry(caller, matter.id, 'approval', { ...fields, from: document.reviewState, to: 'approved' })]
    if (override) {
      const overridden = failures.length > 0 ? overriddenChecks(failures, locale, checklistIn(otherLocale(locale)), reviewed.openErrors.length) : []
      entries.push(archiveEntry(caller, matter.id, 'approval.override', { ...fields, note: [override.reason, ...overridden].join('\n') }))
    }
    if (!(await store.createApproval(approval, entries))) {
      // Another request of the same lead approved the same text meanwhile: that approval is this one.
      const given = (await store.approvals(document.id)).at(-1)!
      return c.json(approvalView(given, { id: caller.user.id, name: caller.user.name }, 'valid'), 200)
    }
    await store.createVersions([approvedVersion(approval, matter)], [])
    sync.notify(document.id, 'approvals')
    sync.notify(document.id, 'versions')
    return c.json(approvalView(approval, { id: caller.user.id, name: caller.user.name }, 'valid'), 201)
  })

  routes.get('/:id/approvals', async (c) => {
    const { document } = await authorizeDocument(store, c.get('caller'), c.req.param('id'), 'document.read')
    // Staleness needs only the content hash, not a run of the checker.
    const [approvals, reviewed] = await Promise.all([store.approvals(document.id), currentVersion(sync, document)])
    const person = personLookup(store)
    const views = await Promise.all(
      approvals.map(async (a) => approvalView(a, await person(a.approvedBy), a.versionHash === reviewed.versionHash ? 'valid' : 'stale')),
    )
    return c.json({ approvals: views, versionHash: reviewed.versionHash })
  })

  return routes
}

function approvalView(approval: ApprovalRecord, approvedBy: ApprovalView['approvedBy'], state: ApprovalView['state']): ApprovalView {
  const { id, versionHash, approvedAt, overrideReason } = approval
  return { id, versionHash, state, approvedBy, approvedAt, override: overrideReason === null ? null : { reason: overrideReason } }
}

const otherLocale = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en' : 'zh-CN')

/**
 * What an overriding approval set aside, for the archive: a line in each language, Chinese first,
 * since the archive is read in both and an entry is never rewritten. `inOther` is the same
 * checklist in the other language.
 */
function overriddenChecks(failures: string[], locale: Locale, inOther: Checklist, openErrors: number): string[] {
  const otherFailures = blockingReasons(inOther, openErrors, otherLocale(locale))
  const [zh, en] = locale === 'zh-CN' ? [failures, otherFailures] : [otherFailures, failures]
  return [`${OVERRIDDEN_LINE['zh-CN']}${zh.join('；')}`, `${OVERRIDDEN_LINE.en}${en.join('; ')}`]
}

/** Why an approval is refused, each reason in the caller's language: what the page lists for the lead. */
function blockingReasons(checklist: Checklist, openErrors: number, locale: Locale): string[] {
  const zh = locale === 'zh-CN'
  return [
    ...unmetRequiredItems(checklist).map((item) =>
      zh ? `必填检查项“${item.label}”${item.state === 'fail' ? '未通过' : '尚未填写'}` : `required item "${item.label}" is ${item.state}`,
    ),
    ...(checklist.score < checklist.passLine
      ? [zh ? `评分 ${checklist.score} 低于合格线 ${checklist.passLine}` : `score ${checklist.score} is under the pass line ${checklist.passLine}`]
      : []),
    ...(openErrors > 0 ? [zh ? `${openErrors} 条错误级检查结果未解决（确认属实的也须改正文本或忽略）` : `${openErrors} error finding${openErrors === 1 ? '' : 's'} open (an acknowledged one too, until the text is fixed or it is dismissed)`] : []),
  ]
}
