/**
 * Scores the claim parser against the published claim sets of the corpus.
 *
 *   npx tsx scripts/evalClaims.ts [corpus folder]
 *
 * The folder defaults to ../shared/corpus/claims beside the repository (override with the first
 * argument or CLAIMS_CORPUS). Each file's claims are joined with "\n" into one pasted text, parsed
 * with the file's jurisdiction and compared claim by claim with the truth. Exits 0 whatever the
 * score; 2 when the corpus cannot be read.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareWithTruth, type ClaimSetScore, type TruthClaim } from '../shared/claims/compareWithTruth'
import { parseClaimText } from '../shared/claims/parseClaims'
import { JURISDICTIONS, type Jurisdiction } from '../shared/claims/types'

interface CorpusFile {
  jurisdiction: Jurisdiction
  claims: Array<TruthClaim & { text: string }>
}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpusFolder = path.resolve(
  process.argv[2] ?? process.env.CLAIMS_CORPUS ?? path.join(repositoryRoot, '..', 'shared', 'corpus', 'claims'),
)

function readCorpus(folder: string): Array<{ file: string; corpus: CorpusFile }> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
  if (files.length === 0) throw new Error(`no .json claim sets in ${folder}`)
  return files.map((file) => {
    let corpus: CorpusFile
    try {
      corpus = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CorpusFile
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`)
    }
    if (!JURISDICTIONS.includes(corpus.jurisdiction) || !Array.isArray(corpus.claims)) {
      throw new Error(`${file} has no jurisdiction or no claims`)
    }
    return { file, corpus }
  })
}

let corpusFiles: Array<{ file: string; corpus: CorpusFile }>
try {
  corpusFiles = readCorpus(corpusFolder)
} catch (error) {
  console.error(`Cannot read the claim corpus at ${corpusFolder}: ${(error as Error).message}`)
  process.exit(2)
}

const columns = ['file', 'claims', 'number ok', 'dependsOn ok', 'kind ok', 'all ok']
const rows: string[][] = []
const total = { claims: 0, numberOk: 0, dependsOnOk: 0, kindOk: 0, allOk: 0 }
const problems: string[] = []

for (const { file, corpus } of corpusFiles) {
  const text = corpus.claims.map((claim) => claim.text).join('\n')
  const score: ClaimSetScore = compareWithTruth(parseClaimText(text, { jurisdiction: corpus.jurisdiction }), corpus.claims)
  rows.push([file, score.claims, score.numberOk, score.dependsOnOk, score.kindOk, score.allOk].map(String))
  for (const key of ['claims', 'numberOk', 'dependsOnOk', 'kindOk', 'allOk'] as const) total[key] += score[key]
  for (const mismatch of score.mismatches) {
    const expected = describe(mismatch.expected)
    const got = mismatch.got ? describe(mismatch.got) : 'no claim'
    problems.push(`${file}  claim ${mismatch.number}  [${mismatch.fields.join(', ')}]  expected ${expected}  got ${got}`)
  }
  for (const number of score.unexpected) problems.push(`${file}  unexpected claim ${number}`)
}
rows.push(['TOTAL', total.claims, total.numberOk, total.dependsOnOk, total.kindOk, total.allOk].map(String))

const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)))
const line = (cells: string[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ')
console.log(line(columns))
console.log(widths.map((width) => '-'.repeat(width)).join('  '))
rows.forEach((row, index) => {
  if (index === rows.length - 1) console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  console.log(line(row))
})
console.log(problems.length === 0 ? '\nEvery claim right.' : `\nMismatches:\n${problems.join('\n')}`)

function describe(claim: { number: number; numberRange?: readonly number[]; dependsOn: readonly number[]; kind: string }): string {
  const range = claim.numberRange ? ` range ${claim.numberRange.join('-')}` : ''
  return `${claim.kind} [${claim.dependsOn.join(', ')}]${range}`
}
