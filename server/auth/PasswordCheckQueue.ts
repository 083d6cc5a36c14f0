import { ApiError } from '../ApiError'

/**
 * Runs password checks (scrypt, ~0.4 s and 128 MiB each) a few at a time, one per client address.
 *
 * Without it, a flood of bogus sign-ins queues hundreds of hashes on libuv's thread pool and a
 * real sign-in waits behind all of them (30 s for a flood of 150). Here each address has at most
 * one check running and a few waiting behind it — an office signs in from one address, and two
 * colleagues at the same moment both get in — while past that, or past a short queue overall,
 * the server answers at once (429, or 503 with Retry-After) rather than making everyone wait.
 */
export class PasswordCheckQueue {
  private running = 0
  private readonly waiting: (() => void)[] = []
  /** Each address's checks, running or waiting, and the end of the last of them. */
  private readonly lines = new Map<string, { count: number; last: Promise<void> }>()

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    private readonly waitingPerAddress: number,
  ) {}

  async run<T>(address: string, check: () => Promise<T>): Promise<T> {
    const line = this.lines.get(address) ?? { count: 0, last: Promise.resolve() }
    if (line.count > this.waitingPerAddress) {
      throw new ApiError(429, 'rate_limited', 'sign-ins from your address are already being checked; try again in a moment')
    }
    if (this.running >= this.concurrency && this.waiting.length >= this.maxWaiting) {
      throw new ApiError(503, 'busy', 'too many sign-ins at once; try again in a moment')
    }
    const previous = line.last
    let finished!: () => void
    line.last = new Promise<void>((resolve) => (finished = resolve))
    line.count++
    this.lines.set(address, line)
    try {
      await previous
      if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve))
      this.running++
      try {
        return await check()
      } finally {
        this.running--
        this.waiting.shift()?.()
      }
    } finally {
      finished()
      if (--line.count === 0) this.lines.delete(address)
    }
  }
}
