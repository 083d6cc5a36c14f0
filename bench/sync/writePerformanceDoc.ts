// Rewrites the results section of docs/performance.md from a recorded run, so that no figure in
// the doc is typed by hand: `npx tsx bench/sync/writePerformanceDoc.ts [bench/results/<run>.json]`
// (bench/results/latest.json when none is named). `npm run bench:sync -- --write-docs` does the
// same at the end of a run.
import { resolve } from 'node:path'
import { readRecord } from './benchRecord'
import { writePerformanceDoc } from './performanceDoc'
import { REPO_ROOT } from './serverProcess'

const path = resolve(process.argv[2] ?? resolve(REPO_ROOT, 'bench/results/latest.json'))
console.log(`results from ${path} written into ${writePerformanceDoc(readRecord(path), path)}`)
