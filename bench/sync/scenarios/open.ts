import { bodyTexts, claimSetUpdate, editedDocumentState } from '../benchDocuments'
import { connectEditor } from '../benchEditor'
import { DeliveryLog } from '../deliveryLog'
import { connectProtocolClient } from '../protocolClient'
import { PEAK_RSS, type Scenario } from '../scenario'
import { sleep, waitUntil } from '../waiting'

const LARGE = 'large'
const BUSY = 'busy'

/**
 * Someone opens a large document nobody has open while a colleague types in another one: how long
 * the colleague's keystrokes wait while the server loads the large document. A server that builds
 * the document in one go holds every other document's edits for as long as that takes.
 */
export const open: Scenario = {
  id: 'open',
  title: ({ open: plan }) =>
    `open: a ${(plan.documentBytes / 1e6).toFixed(1)} MB document opened cold while an editor types ${plan.insertsPerSecond} inserts/s in another`,
  measures: [
    { key: 'maxMs', label: 'slowest edit elsewhere', unit: 'ms', compare: true },
    { key: 'p99Ms', label: 'edits elsewhere p99', unit: 'ms', compare: true },
    { key: 'p50Ms', label: 'p50', unit: 'ms', compare: true },
    { key: 'openMs', label: 'large document arrived', unit: 'ms', compare: true },
    PEAK_RSS,
    { key: 'edits', label: 'edits watched', unit: '', compare: false },
  ],
  documents: (plan) => [
    { name: LARGE, updates: [editedDocumentState(plan.open.documentBytes)] },
    { name: BUSY, updates: [claimSetUpdate()] },
  ],
  async run({ open: plan, drainSeconds }, { endpoint }) {
    const log = new DeliveryLog()
    const receiver = log.receiver()
    const reader = connectProtocolClient(endpoint, BUSY, (update) => receiver.received(update))
    await reader.synced
    const writer = await connectEditor(endpoint, BUSY)
    const text = bodyTexts(writer.doc)[0]!
    let typing = true
    const typed = (async () => {
      while (typing) {
        log.sending(writer.doc)
        text.insert(text.length, 'x')
        await sleep(1000 / plan.insertsPerSecond)
      }
    })()
    // The typing settles before the large document is asked for; only what follows is measured.
    await sleep(1000)
    log.forget()
    const start = performance.now()
    const opener = connectProtocolClient(endpoint, LARGE)
    await opener.synced
    const openMs = performance.now() - start
    // A server may send the document before it has built it (Claimroom does): the watch goes on.
    await sleep(plan.watchSeconds * 1000)
    typing = false
    await typed
    await waitUntil(() => receiver.missing(writer.doc) === 0, drainSeconds * 1000)
    const [p50Ms, p99Ms, maxMs] = log.percentiles(50, 99, 100)
    const edits = log.sent
    for (const client of [reader, opener]) client.close()
    writer.destroy()
    return { maxMs: maxMs!, p99Ms: p99Ms!, p50Ms: p50Ms!, openMs, edits }
  },
}
