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

/**
 * `POST /api/analyze/claims` — the drafting checker for any text, for outside tools and scripts.
 * Runs on the checker thread, so a long text never stalls the sync loop.
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
  return routes
}
