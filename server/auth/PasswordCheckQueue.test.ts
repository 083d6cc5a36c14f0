import { describe, expect, it } from 'vitest'
import { ApiError } from '../ApiError'
import { PasswordCheckQueue } from './PasswordCheckQueue'

/** A check that ends when told to, recording when it started. */
function heldCheck(started: string[], name: string) {
  let release!: () => void
  const done = new Promise<void>((resolve) => (release = resolve))
  return {
    check: async () => {
      started.push(name)
      await done
      return name
    },
    release,
  }
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiError ? error.status : 'other'),
  )

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('PasswordCheckQueue', () => {
  it('lets two sign-ins from one address in, one after the other', async () => {
    const queue = new PasswordCheckQueue(2, 16, 4)
    const started: string[] = []
    const first = heldCheck(started, 'first')
    const second = heldCheck(started, 'second')
    const results = [queue.run('10.0.0.1', first.check), queue.run('10.0.0.1', second.check)]
    await tick()
    expect(started).toEqual(['first'])
    first.release()
    await tick()
    expect(started).toEqual(['first', 'second'])
    second.release()
    expect(await Promise.all(results)).toEqual(['first', 'second'])
  })

  it('refuses an address at once past its few waiting checks, and lets the others through', async () => {
    const queue = new PasswordCheckQueue(2, 16, 2)
    const started: string[] = []
    const held = [0, 1, 2].map((i) => heldCheck(started, `flood ${i}`))
    const flood = held.map((h) => queue.run('10.0.0.1', h.check))
    expect(await statusOf(queue.run('10.0.0.1', async () => 'one too many'))).toBe(429)
    expect(await queue.run('10.0.0.2', async () => 'colleague elsewhere')).toBe('colleague elsewhere')
    for (const h of held) {
      h.release()
      await tick()
    }
    expect(await Promise.all(flood)).toEqual(['flood 0', 'flood 1', 'flood 2'])
    // Once its checks are over, the address is welcome again.
    expect(await queue.run('10.0.0.1', async () => 'later')).toBe('later')
  })

  it('answers 503 while every slot runs and the shared queue is full', async () => {
    const queue = new PasswordCheckQueue(1, 1, 4)
    const started: string[] = []
    const running = heldCheck(started, 'running')
    const waiting = heldCheck(started, 'waiting')
    const results = [queue.run('10.0.0.1', running.check), queue.run('10.0.0.2', waiting.check)]
    await tick()
    expect(await statusOf(queue.run('10.0.0.3', async () => 'third'))).toBe(503)
    running.release()
    await tick()
    waiting.release()
    expect(await Promise.all(results)).toEqual(['running', 'waiting'])
  })
})
