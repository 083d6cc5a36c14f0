import { Hono } from 'hono'
import { z } from 'zod'
import { JURISDICTIONS } from '../../shared/claims/types'
import { analyzeClaimSet } from '../../shared/rules/analyze'
import type { AppDeps, AppEnv } from '../app'
import { authenticate } from '../auth/authenticate'
import { claimView, findingView, requestLocale } from './findingViews'
import { readJson } from './readJson'

const AnalyzeClaims = z.object({
  text: z.string().max(500_000),
  jurisdiction: z.enum(JURISDICTIONS as ['CN', 'US', 'EP']),
  title: z.string().max(10_000).optional(),
  abstract: z.string().max(50_000).optional(),
  description: z.string().max(500_000).optional(),
})

/** `POST /api/analyze/claims` — the drafting checker for any text, for outside tools and scripts. */
export function analyzeRoutes({ store }: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()
  routes.use('*', authenticate(store))
  routes.post('/claims', async (c) => {
    const input = await readJson(c, AnalyzeClaims)
    const { claims, findings } = analyzeClaimSet({
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
