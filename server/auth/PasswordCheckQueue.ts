import { ApiError } from '../ApiError'

/**
 * Runs password checks (scrypt, ~0.4 s and 128 MiB each) a few at a time, one per client address.
 *
 * Without it, a flood of bogus sign-ins queues hundreds of hashes on libuv's thread pool and a
 * real sign-in waits behind all of them (30 s for a flood of 150). Here each address has at most
 * one check running; past a short queue the server answers at once with 503 and Retry-After
 * rather than making everyone wait.
 */
export class PasswordCheckQueue {
  private running = 0
  private readonly waiting: (() => void)[] = []
  private readonly busyAddresses = new Set<string>()

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(address: string, check: () => Promise<T>): Promise<T> {
    if (this.busyAddresses.has(address)) {
      throw new ApiError(429, 'rate_limited', 'a sign-in from your address is already being checked; try again in a moment')
    }
    if (this.running >= this.concurrency && this.waiting.length >= this.maxWaiting) {
      throw new ApiError(503, 'busy', 'too many sign-ins at once; try again in a moment')
    }
    this.busyAddresses.add(address)
    try {
      if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve))
      this.running++
      try {
        return await check()
      } finally {
        this.running--
        this.waiting.shift()?.()
      }
    } finally {
      this.busyAddresses.delete(address)
    }
  }
}
