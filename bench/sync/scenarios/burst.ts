import { editedDocumentState } from '../benchDocuments'
import { connectProtocolClient } from '../protocolClient'
import { PEAK_RSS, type Scenario } from '../scenario'
import { untilDocumentLoaded } from '../waiting'

const DOCUMENT = 'burst'

/**
 * Many clients opening a large document at the same moment, as a team does when a meeting starts:
 * every one of them needs the whole state at once. The document is loaded first by one reader,
 * so what is measured is the burst of joins, not the load: the burst starts once the server is
 * idle after that reader's join (Claimroom builds the room for this draft in 0.5–1.7 s after it
 * has answered the reader).
 */
export const burst: Scenario = {
  id: 'burst',
  title: ({ burst: plan }) =>
    `burst: ${plan.clients} clients joining a ${(plan.documentBytes / 1e6).toFixed(1)} MB document at once`,
  measures: [
    { key: 'p50Ms', label: 'time to full state p50', unit: 'ms', compare: true },
    { key: 'p99Ms', label: 'p99', unit: 'ms', compare: true },
    { key: 'cpuMsPerJoin', label: 'server CPU per join', unit: 'ms', compare: true },
    PEAK_RSS,
    { key: 'fullState', label: 'clients with full state', unit: '', compare: false },
    { key: 'closedByServer', label: 'closed by server', unit: '', compare: false },
    { key: 'stateMb', label: 'state sent', unit: 'MB', compare: false },
  ],
  documents: (plan) => [{ name: DOCUMENT, updates: [editedDocumentState(plan.burst.documentBytes)] }],
  async run({ burst: plan }, { server, endpoint }) {
    const holder = connectProtocolClient(endpoint, DOCUMENT)
    // A server that refuses to send the document fails the holder too; the burst still shows how.
    await holder.synced.catch(() => undefined)
    await untilDocumentLoaded(server)
    const cpuBefore = server.cpuSeconds()
    const start = performance.now()
    const clients = Array.from({ length: plan.clients }, () => connectProtocolClient(endpoint, DOCUMENT))
    const times = await Promise.all(
      clients.map((client) =>
        client.synced.then(
          () => performance.now() - start,
          () => null,
        ),
      ),
    )
    const cpuMsPerJoin = ((server.cpuSeconds() - cpuBefore) * 1000) / plan.clients
    const stateMb = Math.max(0, ...clients.map((c) => c.initialStateBytes())) / 1e6
    const closedByServer = clients.filter((c) => c.closedByServer()).length
    for (const client of [holder, ...clients]) client.close()
    const arrived = times.filter((t): t is number => t !== null).sort((a, b) => a - b)
    const at = (p: number) => (arrived.length === 0 ? NaN : arrived[Math.min(arrived.length - 1, Math.floor((p / 100) * arrived.length))]!)
    return { p50Ms: at(50), p99Ms: at(99), cpuMsPerJoin, fullState: arrived.length, closedByServer, stateMb }
  },
}
