// The documents a benchmark run starts with, handed to the in-memory servers as one file:
// a sequence of (varString name, varUint8Array update) written by bench/sync/seedFile.ts.
import { readFileSync } from 'node:fs'
import * as decoding from 'lib0/decoding'

/** @returns {Array<{ name: string, update: Uint8Array }>} nothing when BENCH_SEED_FILE is unset */
export function readSeedFile(path = process.env.BENCH_SEED_FILE) {
  if (!path) return []
  const decoder = decoding.createDecoder(readFileSync(path))
  const documents = []
  while (decoding.hasContent(decoder)) {
    documents.push({ name: decoding.readVarString(decoder), update: decoding.readVarUint8Array(decoder) })
  }
  return documents
}

/** Prints the line the benchmark waits for and stops on SIGTERM, as `npm start` does. */
export function announce(url, stop) {
  console.log(`listening on ${url}`)
  process.once('SIGTERM', () => Promise.resolve(stop()).then(() => process.exit(0)))
}
