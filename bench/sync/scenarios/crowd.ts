import { bodyTexts, claimSetUpdate } from '../benchDocuments'
import { connectEditor } from '../benchEditor'
import { DeliveryLog, type DeliveryReceiver } from '../deliveryLog'
import { connectProtocolClient, type ProtocolClient } from '../protocolClient'
import { CLIENT_BUSY, CLIENT_CPU, CLIENT_LAG, PEAK_RSS, watchClients, type Scenario } from '../scenario'
import { monotonicMicros } from '../summarizeCpuProfile'
import { runOnSchedule, sleep, waitUntil } from '../waiting'

const DOCUMENT = 'crowd'
// Readers join in groups, as a meeting's audience does, not in one burst of upgrades.
const JOIN_GROUP = 20

/** One writer, many readers of the same document: fan-out. */
export const crowd: Scenario = {
  id: 'crowd',
  title: ({ crowd: plan }) =>
    `crowd: 1 writer at ${plan.updatesPerSecond} updates/s for ${plan.seconds} s, ${plan.readers} readers`,
  measures: [
    { key: 'serverCpuS', label: 'server CPU', unit: 's', compare: true },
    { key: 'p50Ms', label: 'p50', unit: 'ms', compare: true },
    { key: 'p99Ms', label: 'p99', unit: 'ms', compare: true },
    PEAK_RSS,
    { key: 'undelivered', label: 'undelivered', unit: '', compare: false },
    { key: 'closedReaders', label: 'readers closed by server', unit: '', compare: false },
    // Fewer messages than edits: the server merged edits into one relayed update.
    { key: 'messagesPerReader', label: 'messages per reader', unit: '', compare: false },
    // What reading one message costs the clients: how many per second their core could take.
    { key: 'clientUsPerMessage', label: 'client CPU per message', unit: 'µs', compare: false },
    CLIENT_CPU,
    CLIENT_BUSY,
    CLIENT_LAG,
  ],
  documents: () => [{ name: DOCUMENT, updates: [claimSetUpdate()] }],
  async run({ crowd: plan, drainSeconds }, { server, endpoint, measured }) {
    const log = new DeliveryLog()
    const receivers: DeliveryReceiver[] = []
    const readers: ProtocolClient[] = []
    let messages = 0
    let counting = false
    for (let i = 0; i < plan.readers; i += JOIN_GROUP) {
      const group = Array.from({ length: Math.min(JOIN_GROUP, plan.readers - i) }, () => {
        const receiver = log.receiver()
        receivers.push(receiver)
        return connectProtocolClient(endpoint, DOCUMENT, (update) => {
          if (counting) messages++
          receiver.received(update)
        })
      })
      await Promise.all(group.map((reader) => reader.synced))
      readers.push(...group)
    }
    const writer = await connectEditor(endpoint, DOCUMENT)
    const text = bodyTexts(writer.doc)[0]!
    await sleep(1000)
    const count = plan.updatesPerSecond * plan.seconds
    const fromUs = monotonicMicros()
    const cpuBefore = server.cpuSeconds()
    const clients = watchClients()
    counting = true
    await runOnSchedule(
      Array.from({ length: count }, (_, i) => (i * 1000) / plan.updatesPerSecond),
      () => {
        log.sending(writer.doc)
        text.insert(text.length, 'x')
      },
    )
    const missing = () => receivers.reduce((sum, r) => sum + r.missing(writer.doc), 0)
    await waitUntil(() => missing() === 0, drainSeconds * 1000)
    const serverCpuS = server.cpuSeconds() - cpuBefore
    const clientFigures = clients()
    measured({ fromUs, toUs: monotonicMicros() })
    const undelivered = missing()
    const closedReaders = readers.filter((reader) => reader.closedByServer()).length
    const messagesPerReader = messages / readers.length
    const clientUsPerMessage = (clientFigures.clientCpuS * 1e6) / messages
    writer.destroy()
    for (const reader of readers) reader.close()
    const [p50Ms, p99Ms] = log.percentiles(50, 99)
    return { serverCpuS, ...clientFigures, p50Ms: p50Ms!, p99Ms: p99Ms!, undelivered, closedReaders, messagesPerReader, clientUsPerMessage, edits: log.sent }
  },
}
