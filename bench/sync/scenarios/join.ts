import { editedDocumentState } from '../benchDocuments'
import { connectEditor } from '../benchEditor'
import { connectProtocolClient, type ProtocolClient } from '../protocolClient'
import { PEAK_RSS, type BenchPlan, type Scenario } from '../scenario'
import { monotonicMicros } from '../summarizeCpuProfile'
import { sleep, untilDocumentLoaded } from '../waiting'

const DOCUMENT = 'join'

/** Clients joining a large document one after another while its first editor stays: the cost of a join. */
export const join: Scenario = {
  id: 'join',
  title: ({ join: plan }) =>
    `join: ${plan.clients} clients, one after another, joining a ${(plan.documentBytes / 1e6).toFixed(1)} MB document`,
  measures: [
    { key: 'cpuMsPerJoin', label: 'server CPU per join', unit: 'ms', compare: true },
    { key: 'p50Ms', label: 'join p50', unit: 'ms', compare: true },
    { key: 'p99Ms', label: 'join p99', unit: 'ms', compare: true },
    PEAK_RSS,
    { key: 'stateKb', label: 'state sent', unit: 'KB', compare: false },
  ],
  documents: (plan: BenchPlan) => [{ name: DOCUMENT, updates: [editedDocumentState(plan.join.documentBytes)] }],
  async run({ join: plan }, { server, endpoint, measured }) {
    // The first editor loads the document; what follows measures joins, not loading.
    const holder = await connectEditor(endpoint, DOCUMENT)
    await untilDocumentLoaded(server)
    const joined: ProtocolClient[] = []
    const times: number[] = []
    const fromUs = monotonicMicros()
    const cpuBefore = server.cpuSeconds()
    for (let i = 0; i < plan.clients; i++) {
      const start = performance.now()
      const client = connectProtocolClient(endpoint, DOCUMENT)
      await client.synced
      times.push(performance.now() - start)
      joined.push(client)
    }
    // Let each joiner's reply to the server's state vector be handled before the clock stops.
    await sleep(200)
    const cpuMsPerJoin = ((server.cpuSeconds() - cpuBefore) * 1000) / plan.clients
    measured({ fromUs, toUs: monotonicMicros() })
    const stateKb = (joined[0]?.initialStateBytes() ?? 0) / 1024
    for (const client of joined) client.close()
    holder.destroy()
    times.sort((a, b) => a - b)
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!
    return { cpuMsPerJoin, p50Ms: at(50), p99Ms: at(99), stateKb }
  },
}
