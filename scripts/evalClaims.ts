/**
 * Scores the claim parser and the drafting rules against the published claim sets of the corpus.
 *
 *   npm run eval:claims [-- corpus folder]
 *
 * The folder defaults to test/corpus/claims (override with the first argument or CLAIMS_CORPUS).
 * Parse accuracy: each file's claims are joined with "\n" into one pasted text, parsed with the
 * file's jurisdiction and compared claim by claim with the truth. Judged precision: every error
 * and warning of a full analysis is matched with the practitioner's judgements in
 * test/corpus/judged-findings.json, per rule and language; judged TRUE findings the checker no
 * longer raises, and findings nobody has judged yet, are listed. Exits 0 whatever the score; 2
 * when the corpus cannot be read.
 */
import { compareWithTruth, type ClaimSetScore } from '../shared/claims/compareWithTruth'
import { parseClaimText } from '../shared/claims/parseClaims'
import { JURISDICTIONS } from '../shared/claims/types'
import { CORPUS_FOLDER, corpusText, readCorpusSets, readJudgedFindings, type CorpusSet } from '../test/corpus/corpus'
import { precision, raisedFindings, scoreJudgedFindings, type PrecisionRow } from '../test/corpus/judgedFindings'

const corpusFolder = process.argv[2] ?? process.env.CLAIMS_CORPUS ?? CORPUS_FOLDER

let sets: CorpusSet[]
try {
  sets = readCorpusSets(corpusFolder)
  if (sets.length === 0) throw new Error('no .json claim sets')
  const broken = sets.find((set) => !JURISDICTIONS.includes(set.jurisdiction))
  if (broken) throw new Error(`${broken.id} has no jurisdiction`)
} catch (error) {
  console.error(`Cannot read the claim corpus at ${corpusFolder}: ${(error as Error).message}`)
  process.exit(2)
}

printParseAccuracy(sets)
printJudgedPrecision(sets)

function printParseAccuracy(corpus: readonly CorpusSet[]): void {
  const rows: string[][] = []
  const total = { claims: 0, numberOk: 0, dependsOnOk: 0, kindOk: 0, allOk: 0 }
  const problems: string[] = []
  for (const set of corpus) {
    const score: ClaimSetScore = compareWithTruth(parseClaimText(corpusText(set), { jurisdiction: set.jurisdiction }), set.claims)
    rows.push([set.id, score.claims, score.numberOk, score.dependsOnOk, score.kindOk, score.allOk].map(String))
    for (const field of ['claims', 'numberOk', 'dependsOnOk', 'kindOk', 'allOk'] as const) total[field] += score[field]
    for (const mismatch of score.mismatches) {
      const got = mismatch.got ? describe(mismatch.got) : 'no claim'
      problems.push(`${set.id}  claim ${mismatch.number}  [${mismatch.fields.join(', ')}]  expected ${describe(mismatch.expected)}  got ${got}`)
    }
    for (const number of score.unexpected) problems.push(`${set.id}  unexpected claim ${number}`)
  }
  const accuracy = total.claims === 0 ? 0 : (100 * total.allOk) / total.claims
  rows.push(['TOTAL', total.claims, total.numberOk, total.dependsOnOk, total.kindOk, total.allOk].map(String))
  console.log(`Parse accuracy: ${total.allOk}/${total.claims} claims right (${accuracy.toFixed(1)} %)\n`)
  printTable(['set', 'claims', 'number ok', 'dependsOn ok', 'kind ok', 'all ok'], rows)
  console.log(problems.length === 0 ? '\nEvery claim right.' : `\nMismatches:\n${problems.join('\n')}`)
}

function printJudgedPrecision(corpus: readonly CorpusSet[]): void {
  const raised = corpus.flatMap((set) => raisedFindings(set, corpusText(set)))
  const { rows, missedTrue, unjudged } = scoreJudgedFindings(raised, readJudgedFindings())
  const line = (label: string, group: readonly PrecisionRow[]) => {
    const sum = (field: 'raised' | 'judgedTrue' | 'judgedFalse' | 'unsure' | 'unjudged') =>
      String(group.reduce((total, row) => total + row[field], 0))
    return [label, '', '', sum('raised'), sum('judgedTrue'), sum('judgedFalse'), sum('unsure'), sum('unjudged'), percent(precision(group))]
  }
  const table = rows.map((row) => [
    row.rule, row.language, row.severity, String(row.raised), String(row.judgedTrue), String(row.judgedFalse),
    String(row.unsure), String(row.unjudged), percent(precision([row])),
  ])
  for (const severity of ['error', 'warning'] as const) {
    for (const language of ['zh', 'en'] as const) {
      table.push(line(`${severity}s, ${language}`, rows.filter((row) => row.severity === severity && row.language === language)))
    }
    table.push(line(`ALL ${severity.toUpperCase()}S`, rows.filter((row) => row.severity === severity)))
  }
  console.log('\nJudged precision (TRUE / (raised - UNSURE); unjudged findings count against it)\n')
  printTable(['rule', 'lang', 'severity', 'raised', 'TRUE', 'FALSE', 'UNSURE', 'unjudged', 'precision'], table, rows.length)
  const trueCount = readJudgedFindings().filter((judgement) => judgement.verdict === 'TRUE').length
  console.log(`\nJudged TRUE still found: ${trueCount - missedTrue.length}/${trueCount}`)
  for (const judgement of missedTrue) console.log(`  MISSED ${judgement.set} claim ${judgement.claim} ${judgement.rule} "${judgement.text}": ${judgement.reason}`)
  if (unjudged.length > 0) {
    console.log(`\nNot judged yet (${unjudged.length}); add them to test/corpus/judged-findings.json:`)
    for (const finding of unjudged) console.log(`  ${finding.set} claim ${finding.claim} ${finding.rule} ${finding.severity} "${finding.text}"`)
  }
}

function percent(share: number | null): string {
  return share === null ? '-' : `${(100 * share).toFixed(1)} %`
}

/** A plain-text table; a rule under the header, and above the totals that follow `bodyRows`. */
function printTable(columns: readonly string[], rows: readonly string[][], bodyRows = rows.length - 1): void {
  const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)))
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  const format = (cells: readonly string[]) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ')
  console.log(format(columns))
  console.log(rule)
  rows.forEach((row, index) => {
    if (index === bodyRows) console.log(rule)
    console.log(format(row))
  })
}

function describe(claim: { number: number; numberRange?: readonly number[]; dependsOn: readonly number[]; kind: string }): string {
  const range = claim.numberRange ? ` range ${claim.numberRange.join('-')}` : ''
  return `${claim.kind} [${claim.dependsOn.join(', ')}]${range}`
}
