// Prints the median of every benchmark in a `vitest bench --outputJson` file: the figure our
// speed targets are stated in, which vitest's own table does not show.
import { readFileSync } from 'node:fs'

const file = process.argv[2]
if (!file) {
  console.error('usage: node scripts/benchMedians.mjs <bench-output.json>')
  process.exit(2)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
for (const { groups } of report.files) {
  for (const group of groups) {
    console.log(group.fullName.split(' > ').slice(1).join(' > '))
    for (const bench of group.benchmarks) {
      console.log(`  ${bench.median.toFixed(3).padStart(8)} ms median  ${bench.name}  (${bench.sampleCount} samples)`)
    }
  }
}
