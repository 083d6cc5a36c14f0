import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnServer, type ServerProcess } from '../support/serverProcess'

describe('a second server on the same data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimroom-lock-'))
  const running: ServerProcess[] = []
  afterAll(async () => {
    for (const server of running) {
      server.child.kill('SIGKILL')
      await server.exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('is refused with a clear message while the first keeps serving, and starts once the first is gone', async () => {
    const first = await spawnServer(dataDir)
    running.push(first)
    await expect(spawnServer(dataDir)).rejects.toThrow(/exited \(1\)[\s\S]*another Claimroom server is already using/)
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200)

    // The lock is the operating system's: a killed holder leaves none behind.
    first.child.kill('SIGKILL')
    await first.exited
    const second = await spawnServer(dataDir)
    running.push(second)
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200)
  })
})
