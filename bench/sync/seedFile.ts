import { writeFileSync } from 'node:fs'
import * as encoding from 'lib0/encoding'

/** Writes documents for servers/seedFile.mjs: (varString name, varUint8Array state) after each other. */
export function writeSeedFile(path: string, documents: { name: string; state: Uint8Array }[]): void {
  const encoder = encoding.createEncoder()
  for (const { name, state } of documents) {
    encoding.writeVarString(encoder, name)
    encoding.writeVarUint8Array(encoder, state)
  }
  writeFileSync(path, encoding.toUint8Array(encoder))
}
