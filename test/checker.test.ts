import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BODY_FIELD } from '../shared/editor/documentExtensions'
import { CloseCode } from '../shared/sync/closeCodes'
import { createDocument, createMatter, createUser, request, type TestUser } from './support/factories'
import { connectClient, eventually, whenSynced, type SyncClient } from './support/syncClient'
import { startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let agent: TestUser
const clients: SyncClient[] = []
beforeAll(async () => {
  server = await startTestServer()
  agent = await createUser(server.url, server.store)
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(() => server.dispose())

interface AnalyzeResponse {
  claims: { number: number; kind: string; dependsOn: number[]; category: string | null }[]
  findings: {
    rule: string
    severity: string
    claim: number | null
    start: number
    end: number
    message: string
    messages: Record<string, string>
    advice: Record<string, string>
  }[]
}

describe('POST /api/analyze/claims', () => {
  it('parses pasted claims and returns findings with their claim and range', async () => {
    const text = [
      '1. A fastener comprising a clip.',
      '2. The fastener of claim 1, wherein the spring is steel.',
      '3. The fastener of claims 1 and 2, wherein the clip is red.',
    ].join('\n')
    const response = await request<AnalyzeResponse>(server.url, 'POST', '/api/analyze/claims', {
      token: agent.token,
      body: { text, jurisdiction: 'US' },
    })
    expect(response.status).toBe(200)
    expect(response.body.claims.map((c) => [c.number, c.kind, c.dependsOn])).toEqual([
      [1, 'independent', []],
      [2, 'dependent', [1]],
      [3, 'dependent', [1, 2]],
    ])
    const rules = response.body.findings.map((f) => [f.rule, f.claim])
    expect(rules).toContainEqual(['claims.antecedent-basis', 2])
    expect(rules).toContainEqual(['claims.multiple-dependency-alternative', 3])
    const antecedent = response.body.findings.find((f) => f.rule === 'claims.antecedent-basis')!
    const claim2 = text.split('\n')[1]!
    expect(claim2.slice(antecedent.start, antecedent.end)).toContain('spring')
  })

  it('says on each finding what to do about it, and grades a term of degree by the office', async () => {
    const text = '1. A fastener comprising a clip about 5 mm long.'
    const severityOf = async (jurisdiction: string) => {
      const response = await request<AnalyzeResponse>(server.url, 'POST', '/api/analyze/claims', {
        token: agent.token,
        body: { text, jurisdiction },
      })
      const finding = response.body.findings.find((f) => f.rule === 'claims.indefinite-term')!
      expect(finding.advice['zh-CN']).not.toBe('')
      expect(finding.advice.en).not.toBe('')
      return finding.severity
    }
    expect(await severityOf('US')).toBe('info')
    expect(await severityOf('EP')).toBe('warning')
  })

  it('answers in the language asked for, with both languages beside it', async () => {
    const response = await request<AnalyzeResponse>(server.url, 'POST', '/api/analyze/claims?lang=zh-CN', {
      token: agent.token,
      body: { text: '1. 一种装置，包括支架。\n2. 根据权利要求3所述的装置，所述弹簧为钢制。', jurisdiction: 'CN' },
    })
    const finding = response.body.findings.find((f) => f.claim === 2)!
    expect(finding.message).toBe(finding.messages['zh-CN'])
    expect(finding.messages.en).toMatch(/[a-z]/)
  })

  it('refuses an unknown jurisdiction with 400 and a request without credentials with 401', async () => {
    const bad = await request(server.url, 'POST', '/api/analyze/claims', { token: agent.token, body: { text: '1. A.', jurisdiction: 'JP' } })
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } })
    const anonymous = await request(server.url, 'POST', '/api/analyze/claims', { body: { text: '1. A.', jurisdiction: 'US' } })
    expect(anonymous.status).toBe(401)
  })
})

describe('GET /api/documents/:id/findings', () => {
  it('checks the document as it is now, including edits made over the sync socket', async () => {
    const matter = await createMatter(server.url, agent, '一种紧固件')
    const document = await createDocument(server.url, agent, matter.id, 'claims')
    const before = await request<AnalyzeResponse>(server.url, 'GET', `/api/documents/${document.id}/findings`, { token: agent.token })
    expect(before.status).toBe(200)
    expect(before.body.claims).toHaveLength(1)

    const client = connectClient(server.url, document.id, agent.token)
    clients.push(client)
    await whenSynced(client)
    // Type a dependent claim that refers to a claim that does not exist, as the editor would.
    const list = client.doc.getXmlFragment(BODY_FIELD).toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'claimList') as Y.XmlElement
    const claim = new Y.XmlElement('claim')
    claim.setAttribute('id', 'typed-claim')
    claim.insert(0, [new Y.XmlText('根据权利要求5所述的紧固件，所述卡扣为钢制。')])
    list.push([claim])
    await eventually(() => server.sync.loadedDocuments === 1, 'room loaded')
    let findings: AnalyzeResponse | null = null
    for (let attempt = 0; attempt < 100 && findings?.claims.length !== 2; attempt++) {
      findings = (await request<AnalyzeResponse>(server.url, 'GET', `/api/documents/${document.id}/findings`, { token: agent.token })).body
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(findings?.findings.map((f) => [f.rule, f.claim])).toContainEqual(['claims.reference-missing', 2])
  })

  it('answers 404 for a document outside the caller’s workspaces', async () => {
    const outsider = await createUser(server.url, server.store)
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id)
    const response = await request(server.url, 'GET', `/api/documents/${document.id}/findings`, { token: outsider.token })
    expect(response.status).toBe(404)
  })
})

describe('schema guard on the sync socket', () => {
  it('closes a connection that sends a node type the schema does not know, and stores nothing of it', async () => {
    const matter = await createMatter(server.url, agent)
    const document = await createDocument(server.url, agent, matter.id, 'disclosure')
    const doc = new Y.Doc()
    doc.getXmlFragment(BODY_FIELD).push([new Y.XmlElement('script')])
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 2)
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc))
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${document.id}?token=${agent.token}`)
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
    await new Promise((resolve) => socket.once('open', resolve))
    socket.send(encoding.toUint8Array(encoder))
    expect(await closed).toBe(CloseCode.SchemaViolation)
    const stored = await server.store.loadDocumentState(document.id as never)
    expect(stored.updates).toHaveLength(1)
  })
})
