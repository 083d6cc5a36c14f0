// @y/websocket-server 0.1.1 as its own bin/server.js runs it (in memory, no persistence), plus
// the benchmark's starting documents.
import http from 'node:http'
import { WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { getYDoc, setupWSConnection } from '@y/websocket-server/utils'
import { announce, readSeedFile } from './seedFile.mjs'

for (const { name, update } of readSeedFile()) Y.applyUpdate(getYDoc(name), update)

const wss = new WebSocketServer({ noServer: true })
wss.on('connection', setupWSConnection)
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
server.listen(0, '127.0.0.1', () => {
  announce(`http://127.0.0.1:${server.address().port}`, () => {
    for (const client of wss.clients) client.terminate()
    return new Promise((done) => server.close(done))
  })
})
