import { claimSetUpdate } from '../benchDocuments'
import { connectProtocolClient, type ProtocolClient } from '../protocolClient'
import { PEAK_RSS, type Scenario } from '../scenario'
import { sleep } from '../waiting'

const JOIN_GROUP = 50
const documentName = (i: number) => `idle-${i}`

/** Open connections that do nothing: what each one costs the server in memory. */
export const idle: Scenario = {
  id: 'idle',
  title: ({ idle: plan }) => `idle: ${plan.connections.toLocaleString('en')} connections over ${plan.documents} documents`,
  measures: [
    { key: 'kbPerConnection', label: 'RSS per connection', unit: 'KB', compare: true },
    { key: 'rssMb', label: 'RSS with all open', unit: 'MB', compare: true },
    PEAK_RSS,
  ],
  documents: (plan) =>
    Array.from({ length: plan.idle.documents }, (_, i) => ({ name: documentName(i), updates: [claimSetUpdate()] })),
  async run({ idle: plan }, { server, endpoint }) {
    const open: ProtocolClient[] = []
    const connect = async (count: number, from: number) => {
      for (let i = 0; i < count; i += JOIN_GROUP) {
        const group = Array.from({ length: Math.min(JOIN_GROUP, count - i) }, (_, k) =>
          connectProtocolClient(endpoint, documentName((from + i + k) % plan.documents)),
        )
        await Promise.all(group.map((client) => client.synced))
        open.push(...group)
      }
    }
    // Every document loaded by one connection first, so the difference is connections alone.
    await connect(plan.documents, 0)
    await sleep(500)
    await server.collectGarbage()
    const before = server.memory().rss
    const added = plan.connections - plan.documents
    await connect(added, plan.documents)
    await sleep(1000)
    await server.collectGarbage()
    const after = server.memory().rss
    for (const client of open) client.close()
    return { kbPerConnection: (after - before) / 1024 / added, rssMb: after / 2 ** 20, connections: open.length }
  },
}
