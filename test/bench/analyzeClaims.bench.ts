import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { bench, describe } from 'vitest'
import { parseClaimText } from '../../shared/claims/parseClaims'
import type { Jurisdiction } from '../../shared/claims/types'
import { analyzeClaimSet } from '../../shared/rules'

/**
 * A full analysis of a realistic 100-claim set with a 30-page (~60,000-character) description,
 * per language. The claims are real corpus claims, renumbered one set after another so that
 * their references still point to the claims they referred to; the description is written from
 * the same claims' words, so that the support rule has real terms to look up.
 */

interface CorpusSet {
  jurisdiction: Jurisdiction
  claims: { number: number; text: string }[]
}

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/claims')
const CLAIM_COUNT = 100
const DESCRIPTION_LENGTH = 60_000

const corpus: CorpusSet[] = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as CorpusSet)

// The numbers inside a claim reference: "权利要求1-9任一项", "claims 1 to 3", "claim 2 or 3".
const REFERENCE = { CN: /权利要求[\d或和及至到、\-~～\s]+/g, US: /\bclaims?\s+[\d\s,]*(?:(?:to|or|and|through)\s+[\d\s,]*)*/g }

function renumbered(text: string, offset: number, jurisdiction: 'CN' | 'US'): string {
  const shift = (digits: string) => digits.replace(/\d+/g, (number) => String(Number(number) + offset))
  return text
    .replace(/^\d+/, (number) => String(Number(number) + offset))
    .replace(REFERENCE[jurisdiction], shift)
}

/** 100 claims from the corpus sets of one office, repeated as needed, as pasted text. */
function claimSetText(jurisdiction: 'CN' | 'US'): string {
  const sets = corpus.filter((set) => set.jurisdiction === jurisdiction)
  const claims: string[] = []
  for (let round = 0; claims.length < CLAIM_COUNT; round++) {
    const set = sets[round % sets.length]
    if (set === undefined) break
    const offset = claims.length
    for (const claim of set.claims) {
      if (claims.length < CLAIM_COUNT) claims.push(renumbered(claim.text, offset, jurisdiction))
    }
  }
  return claims.join('\n')
}

/** A description of ~60,000 characters in the words of the office's corpus claims. */
function description(jurisdiction: 'CN' | 'US'): string {
  const prose = corpus
    .filter((set) => set.jurisdiction === jurisdiction)
    .flatMap((set) => set.claims.map((claim) => claim.text.replace(/^\d+\s*[.、]\s*/, '')))
    .join('\n')
  return prose.repeat(Math.ceil(DESCRIPTION_LENGTH / prose.length)).slice(0, DESCRIPTION_LENGTH)
}

for (const jurisdiction of ['CN', 'US'] as const) {
  const claimsText = claimSetText(jurisdiction)
  const claims = parseClaimText(claimsText, { jurisdiction })
  const text = description(jurisdiction)
  const title = jurisdiction === 'CN' ? '一种桥梁钢结构挠度检测装置' : 'Device model agent'
  let edition = 0

  describe(`analyzeClaimSet: ${claims.length} ${jurisdiction} claims, ${text.length}-character description`, () => {
    bench('claims as text (parser and rules)', () => {
      analyzeClaimSet({ jurisdiction, claimsText, title, description: text })
    })

    bench('claims already parsed (rules only)', () => {
      analyzeClaimSet({ jurisdiction, claims, title, description: text })
    })

    bench('claims already parsed, description just edited (index rebuilt)', () => {
      edition++
      analyzeClaimSet({ jurisdiction, claims, title, description: `${text}${edition}` })
    })
  })
}
