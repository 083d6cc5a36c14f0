import { keystrokeLog } from '../benchDocuments'
import { connectProtocolClient, type ProtocolClient } from '../protocolClient'
import { PEAK_RSS, type Scenario } from '../scenario'
import { sleep } from '../waiting'

const documentName = (i: number) => `cold-${i}`
/** Longer than any server here takes to load such a document after answering its first client. */
const CPU_SETTLE_MS = 1_000

/**
 * The first open of a document stored as a long log of single-keystroke updates. Servers that
 * keep documents in memory have nothing to load: for them this is a join of a loaded document,
 * the floor any open starts from.
 */
export const cold: Scenario = {
  id: 'cold',
  title: ({ cold: plan }) =>
    `cold open: a document stored as ${plan.storedUpdates.toLocaleString('en')} single-keystroke updates (${plan.documents} document${plan.documents > 1 ? 's' : ''}, median)`,
  measures: [
    { key: 'openMs', label: 'open (median)', unit: 'ms', compare: true },
    { key: 'cpuMs', label: 'server CPU per open', unit: 'ms', compare: true },
    PEAK_RSS,
  ],
  documents: (plan) => {
    const log = keystrokeLog(plan.cold.storedUpdates)
    return Array.from({ length: plan.cold.documents }, (_, i) => ({ name: documentName(i), updates: log }))
  },
  async run({ cold: plan }, { server, endpoint }) {
    const opens: { ms: number; cpuMs: number }[] = []
    const open: ProtocolClient[] = []
    for (let i = 0; i < plan.documents; i++) {
      const cpuBefore = server.cpuSeconds()
      const start = performance.now()
      const client = connectProtocolClient(endpoint, documentName(i))
      await client.synced
      const ms = performance.now() - start
      // A server may answer before it has finished loading (Claimroom sends the stored bytes, then
      // builds the document): the CPU of an open counts until it is idle again.
      await sleep(CPU_SETTLE_MS)
      opens.push({ ms, cpuMs: (server.cpuSeconds() - cpuBefore) * 1000 })
      open.push(client)
    }
    for (const client of open) client.close()
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    return { openMs: median(opens.map((o) => o.ms)), cpuMs: median(opens.map((o) => o.cpuMs)) }
  },
}
