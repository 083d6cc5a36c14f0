import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareWithTruth, type TruthClaim } from './compareWithTruth'
import { parseClaimText } from './parseClaims'
import type { Jurisdiction } from './types'

interface CorpusFile {
  jurisdiction: Jurisdiction
  claims: Array<TruthClaim & { text: string }>
}

const corpusFolder = path.resolve(__dirname, '../../../shared/corpus/claims')
const corpusFiles = readdirSync(corpusFolder).filter((name) => name.endsWith('.json')).sort()

describe('the published claim sets of the corpus', () => {
  it('holds all sixteen claim sets', () => {
    expect(corpusFiles).toHaveLength(16)
  })

  it.each(corpusFiles)('%s: every claim pasted as one text has the right number, references and kind', (file) => {
    const corpus = JSON.parse(readFileSync(path.join(corpusFolder, file), 'utf8')) as CorpusFile
    const parsed = parseClaimText(corpus.claims.map((claim) => claim.text).join('\n'), { jurisdiction: corpus.jurisdiction })
    const score = compareWithTruth(parsed, corpus.claims)
    expect(score.mismatches).toEqual([])
    expect(score.unexpected).toEqual([])
    expect(score.allOk).toBe(corpus.claims.length)
  })
})
