import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { holdWritesForThisTurn } from './writesPerTurn'

const servers: Server[] = []
const sockets: Socket[] = []
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/** Both ends of a TCP connection over loopback. */
async function connectedPair(): Promise<{ ours: Socket; theirs: Socket }> {
  const server = createServer()
  servers.push(server)
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = server.address() as { port: number }
  const theirs = createConnection(port, '127.0.0.1')
  const ours = await accepted
  sockets.push(ours, theirs)
  return { ours, theirs }
}

const received = (socket: Socket, bytes: number) =>
  new Promise<string>((resolve) => {
    let text = ''
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      if (text.length >= bytes) resolve(text)
    })
  })

describe('holdWritesForThisTurn', () => {
  it('keeps the writes of this turn together and hands them to the kernel when the turn ends', async () => {
    const { ours, theirs } = await connectedPair()
    const arriving = received(theirs, 6)

    holdWritesForThisTurn(ours)
    ours.write('edit,')
    holdWritesForThisTurn(ours)
    ours.write('c')
    // Both still in the socket's buffer: nothing was written yet.
    expect(ours.writableLength).toBe(6)
    await Promise.resolve()

    expect(ours.writableCorked).toBe(0)
    expect(ours.writableLength).toBe(0)
    expect(await arriving).toBe('edit,c')
  })

  it('releases every socket held in the turn', async () => {
    const first = await connectedPair()
    const second = await connectedPair()
    holdWritesForThisTurn(first.ours)
    holdWritesForThisTurn(second.ours)
    first.ours.write('a')
    second.ours.write('b')
    await Promise.resolve()

    expect([first.ours.writableCorked, second.ours.writableCorked]).toEqual([0, 0])
    expect(await Promise.all([received(first.theirs, 1), received(second.theirs, 1)])).toEqual(['a', 'b'])
  })
})
