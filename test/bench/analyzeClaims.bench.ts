import { bench, describe } from 'vitest'
import { parseClaimText } from '../../shared/claims/parseClaims'
import { analyzeClaimSet } from '../../shared/rules'
import { claimSetText, description } from './benchClaimSets'

/** A full analysis of a realistic 100-claim set with a 30-page description, per language. */

// Enough warm-up that the first case measures the code, not the JIT compiling it.
const OPTIONS = { warmupIterations: 20, time: 1000 }

for (const jurisdiction of ['CN', 'US'] as const) {
  const claimsText = claimSetText(jurisdiction)
  const claims = parseClaimText(claimsText, { jurisdiction })
  const text = description(jurisdiction)
  const title = jurisdiction === 'CN' ? '一种桥梁钢结构挠度检测装置' : 'Device model agent'
  let edition = 0

  describe(`analyzeClaimSet: ${claims.length} ${jurisdiction} claims, ${text.length}-character description`, () => {
    bench('claims as text (parser and rules)', () => {
      analyzeClaimSet({ jurisdiction, claimsText, title, description: text })
    }, OPTIONS)

    bench('claims already parsed (rules only)', () => {
      analyzeClaimSet({ jurisdiction, claims, title, description: text })
    }, OPTIONS)

    bench('claims already parsed, description just edited (index rebuilt)', () => {
      edition++
      analyzeClaimSet({ jurisdiction, claims, title, description: `${text}${edition}` })
    }, OPTIONS)

    bench('claims as text, description just edited (nothing reused)', () => {
      edition++
      analyzeClaimSet({ jurisdiction, claimsText, title, description: `${text}${edition}` })
    }, OPTIONS)
  })
}
