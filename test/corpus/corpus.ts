import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TruthClaim } from '../../shared/claims/compareWithTruth'
import type { Jurisdiction } from '../../shared/claims/types'
import type { JudgedFinding } from './judgedFindings'

/**
 * The published claim sets kept in the repository (test/corpus/claims, see its README) and the
 * findings on them that a practitioner judged (judged-findings.json). Read by the corpus suites,
 * the benchmarks and `npm run eval:claims`; nothing here reads outside the repository.
 */

export interface CorpusClaim extends TruthClaim {
  text: string
  note?: string
}

export interface CorpusSet {
  id: string
  jurisdiction: Jurisdiction
  claims: CorpusClaim[]
}

const HERE = path.dirname(fileURLToPath(import.meta.url))

export const CORPUS_FOLDER = path.join(HERE, 'claims')
export const JUDGED_FINDINGS_FILE = path.join(HERE, 'judged-findings.json')

/** Every claim set of a corpus folder, by file name. */
export function readCorpusSets(folder: string = CORPUS_FOLDER): CorpusSet[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const set = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CorpusSet
      if (typeof set.id !== 'string' || !Array.isArray(set.claims)) throw new Error(`${file} is not a claim set`)
      return set
    })
}

/** The set's claims as one pasted text, in the order published. */
export function corpusText(set: Pick<CorpusSet, 'claims'>): string {
  return set.claims.map((claim) => claim.text).join('\n')
}

export function readJudgedFindings(file: string = JUDGED_FINDINGS_FILE): JudgedFinding[] {
  return JSON.parse(readFileSync(file, 'utf8')) as JudgedFinding[]
}
