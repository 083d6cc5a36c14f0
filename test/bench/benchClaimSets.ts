import { readCorpusSets } from '../corpus/corpus'

/**
 * Realistic claim sets for the benchmarks: 100 real corpus claims per office, renumbered one
 * set after another so that their references still point to the claims they referred to, and a
 * 30-page (~60,000-character) description written from the same claims' words, so that the
 * support rule has real terms to look up.
 */

export const CLAIM_COUNT = 100
const DESCRIPTION_LENGTH = 60_000

const corpus = readCorpusSets()

// The numbers inside a claim reference: "权利要求1-9任一项", "claims 1 to 3", "claim 2 or 3".
const REFERENCE = { CN: /权利要求[\d或和及至到、\-~～\s]+/g, US: /\bclaims?\s+[\d\s,]*(?:(?:to|or|and|through)\s+[\d\s,]*)*/g }

function renumbered(text: string, offset: number, jurisdiction: 'CN' | 'US'): string {
  const shift = (digits: string) => digits.replace(/\d+/g, (number) => String(Number(number) + offset))
  return text
    .replace(/^\d+/, (number) => String(Number(number) + offset))
    .replace(REFERENCE[jurisdiction], shift)
}

/** 100 claims from the corpus sets of one office, repeated as needed, as pasted text. */
export function claimSetText(jurisdiction: 'CN' | 'US'): string {
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
export function description(jurisdiction: 'CN' | 'US'): string {
  const prose = corpus
    .filter((set) => set.jurisdiction === jurisdiction)
    .flatMap((set) => set.claims.map((claim) => claim.text.replace(/^\d+\s*[.、]\s*/, '')))
    .join('\n')
  return prose.repeat(Math.ceil(DESCRIPTION_LENGTH / prose.length)).slice(0, DESCRIPTION_LENGTH)
}
