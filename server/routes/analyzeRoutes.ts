import { Hono } from 'hono'
import { z } from 'zod'
import { JURISDICTIONS } from '../../shared/claims/types'
import { checker } from '../analysis/checker'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { claimView, findingView, requestLocale } from './findingViews'
import { readJson } from './readJson'

/** Longest claims text the checker takes: a 100-claim set is ~60,000 characters. */
export const MAX_CLAIMS_TEXT = 200_000

const AnalyzeClaims = z.object({
  text: z.string().max(MAX_CLAIMS_TEXT),
  jurisdiction: z.enum(JURISDICTIONS as ['CN', 'US', 'EP']),
  title: z.string().max(10_000).optional(),
  abstract: z.string().max(50_000).optional(),
  description: z.string().max(500_000).optional(),
})

/** Claims as pasted text, or one string per claim: at most MAX_CLAIMS_TEXT characters either way. */
const ClaimsInput = z.union([
  z.string().max(MAX_CLAIMS_TEXT),
  z
    .array(z.string())
    .max(1_000, 'at most 1,000 claims')
    .refine((claims) => claims.reduce((sum, claim) => sum + claim.length, 0) <= MAX_CLAIMS_TEXT, `at most ${MAX_CLAIMS_TEXT} characters of claims`),
], { error: 'claims: the claims as one text, or an array of claim texts' })

const AnalyzeAmendment = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS as ['CN', 'US', 'EP']),
    original: z.object({ claims: ClaimsInput, description: z.string().max(500_000) }).strict(),
    amended: z.object({ claims: ClaimsInput }).strict(),
  })
  .strict()

/**
 * `POST /api/analyze/claims` — the drafting checker for any text — and `POST /api/analyze/amendment`
 * — amended claims compared with the original ones and the added-matter check — for outside tools
 * and scripts. Both run on the checker thread, so a long text never stalls the sync loop.
 */
export function analyzeRoutes({ store }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))
  routes.post('/claims', async (c) => {
    const input = await readJson(c, AnalyzeClaims)
    const { claims, findings } = await checker.analyzeClaimSet({
      jurisdiction: input.jurisdiction,
      claimsText: input.text,
      title: input.title,
      abstract: input.abstract,
      description: input.description,
    })
    const locale = requestLocale(c)
    return c.json({ claims: claims.map(claimView), findings: findings.map((f) => findingView(f, locale)) })
  })
  routes.post('/amendment', async (c) => {
    const input = await readJson(c, AnalyzeAmendment)
    const { claims, changes, findings } = await checker.analyzeAmendment(input)
    const locale = requestLocale(c)
    return c.json({ claims, changes, findings: findings.map((f) => findingView(f, locale)) })
  })
  return routes
}
