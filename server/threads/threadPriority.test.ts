import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

describe.runIf(process.platform === 'linux')('yieldCoreToEventLoop', () => {
  it('gives the calling thread nice 19 and leaves the process’s other threads as they were', () => {
    const module = resolve(__dirname, 'threadPriority.ts')
    // In a process of its own, whose main thread calls it. A thread's nice is field 19 of its
    // /proc stat file (the 17th after the command name).
    const script = `
      import { readFileSync, readdirSync } from 'node:fs'
      const { yieldCoreToEventLoop } = await import(${JSON.stringify(module)})
      const nice = (path) => Number(readFileSync(path, 'utf8').split(') ')[1].split(' ')[16])
      const before = nice('/proc/thread-self/stat')
      yieldCoreToEventLoop()
      const self = nice('/proc/thread-self/stat')
      const others = readdirSync('/proc/self/task').filter((tid) => tid !== String(process.pid)).map((tid) => nice('/proc/self/task/' + tid + '/stat'))
      console.log(JSON.stringify({ before, self, others }))`
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' })
    const { before, self, others } = JSON.parse(output.trim().split('\n').pop()!) as { before: number; self: number; others: number[] }
    expect(self).toBe(19)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((nice) => nice === before)).toBe(true)
  })
})
