import * as Y from 'yjs'
import { bodyTexts, claimSetUpdate, seededRandom } from '../benchDocuments'
import { connectEditor, type BenchEditor } from '../benchEditor'
import { DeliveryLog, type DeliveryReceiver } from '../deliveryLog'
import { CLIENT_BUSY, CLIENT_CPU, CLIENT_LAG, PEAK_RSS, watchClients, type Scenario } from '../scenario'
import { monotonicMicros } from '../summarizeCpuProfile'
import { runOnSchedule, sleep, waitUntil } from '../waiting'

const documentName = (i: number) => `team-${i}`

interface Typist {
  editor: BenchEditor
  receiver: DeliveryReceiver
  text: Y.XmlText
  at: number
}

/** Small teams typing in many documents at once: real providers, one character per update. */
export const team: Scenario = {
  id: 'team',
  title: ({ team: plan }) =>
    `team: ${plan.documents} documents × ${plan.editorsPerDocument} editors, ${plan.insertsPerSecond} inserts/s each for ${plan.seconds} s` +
    (plan.carets ? ', each with its caret' : '') +
    (plan.warmupSeconds ? ` after ${plan.warmupSeconds} s of warm-up` : ''),
  measures: [
    { key: 'serverCpuS', label: 'server CPU', unit: 's', compare: true },
    { key: 'p50Ms', label: 'p50', unit: 'ms', compare: true },
    { key: 'p99Ms', label: 'p99', unit: 'ms', compare: true },
    PEAK_RSS,
    { key: 'undelivered', label: 'undelivered', unit: '', compare: false },
    CLIENT_CPU,
    CLIENT_BUSY,
    CLIENT_LAG,
  ],
  documents: (plan) =>
    Array.from({ length: plan.team.documents }, (_, i) => ({ name: documentName(i), updates: [claimSetUpdate()] })),
  async run(plans, { server, endpoint, measured }) {
    const plan = plans.team
    const log = new DeliveryLog()
    const random = seededRandom(3)
    const rooms: Typist[][] = []
    for (let d = 0; d < plan.documents; d++) {
      const typists = await Promise.all(
        Array.from({ length: plan.editorsPerDocument }, async () => {
          const editor = await connectEditor(endpoint, documentName(d))
          const receiver = log.receiver()
          editor.doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
            if (!transaction.local) receiver.received(update)
          })
          const texts = bodyTexts(editor.doc)
          const text = texts[Math.floor(random() * texts.length)]!
          return { editor, receiver, text, at: Math.floor(random() * text.length) }
        }),
      )
      rooms.push(typists)
    }
    const typists = rooms.flat()
    // Presence announcements of the joins settle before the clock starts.
    await sleep(1000)
    const interval = 1000 / plan.insertsPerSecond
    const phases = typists.map(() => random() * interval)
    // Each typist types at its own phase: `seconds` of edits as one schedule, in time order.
    const type = (seconds: number) => {
      const offsets: number[] = []
      const who: Typist[] = []
      typists.forEach((typist, t) => {
        for (let k = 0; k < plan.insertsPerSecond * seconds; k++) {
          offsets.push(phases[t]! + k * interval)
          who.push(typist)
        }
      })
      return runOnSchedule(offsets, (i) => {
        const typist = who[i]!
        log.sending(typist.editor.doc)
        typist.text.insert(Math.min(typist.at++, typist.text.length), 'x')
        if (plan.carets) typist.editor.moveCaret(typist.at)
      })
    }
    const missing = () =>
      rooms.reduce(
        (sum, room) =>
          sum + room.reduce((s, r) => s + room.reduce((t, w) => t + (w === r ? 0 : r.receiver.missing(w.editor.doc)), 0), 0),
        0,
      )
    const warmupSeconds = plan.warmupSeconds ?? 0
    if (warmupSeconds > 0) {
      // The same typists type first, unmeasured, so that the window sees servers whose JIT has
      // compiled the hot paths, as a server that has run for a while has.
      await type(warmupSeconds)
      await waitUntil(() => missing() === 0, plans.drainSeconds * 1000)
      log.forget()
      await sleep(1000)
    }
    const fromUs = monotonicMicros()
    const cpuBefore = server.cpuSeconds()
    const clients = watchClients()
    await type(plan.seconds)
    await waitUntil(() => missing() === 0, plans.drainSeconds * 1000)
    const serverCpuS = server.cpuSeconds() - cpuBefore
    const clientFigures = clients()
    measured({ fromUs, toUs: monotonicMicros() })
    const undelivered = missing()
    for (const typist of typists) typist.editor.destroy()
    const [p50Ms, p99Ms] = log.percentiles(50, 99)
    return { serverCpuS, ...clientFigures, p50Ms: p50Ms!, p99Ms: p99Ms!, undelivered, edits: log.sent }
  },
}
