import { describe, expect, it } from 'vitest'
import { corpusText, readCorpusSets } from '../../test/corpus/corpus'
import { compareWithTruth } from './compareWithTruth'
import { parseClaimText } from './parseClaims'

const corpusSets = readCorpusSets()

describe('the published claim sets of the corpus', () => {
  it('holds all sixteen claim sets', () => {
    expect(corpusSets).toHaveLength(16)
  })

  it.each(corpusSets.map((set) => [set.id, set] as const))('%s: every claim pasted as one text has the right number, references and kind', (_id, corpus) => {
    const parsed = parseClaimText(corpusText(corpus), { jurisdiction: corpus.jurisdiction })
    const score = compareWithTruth(parsed, corpus.claims)
    expect(score.mismatches).toEqual([])
    expect(score.unexpected).toEqual([])
    expect(score.allOk).toBe(corpus.claims.length)
  })
})
