/**
 * Slows password guessing: at most `maxFailures` failed logins per key (e-mail and client
 * address separately) within `windowMs`; a success clears the e-mail's count.
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until another attempt is allowed for any of these keys; 0 when allowed now. */
  retryAfterMs(keys: string[], now = Date.now()): number {
    let wait = 0
    for (const key of keys) {
      const recent = this.recent(key, now)
      if (recent.length >= this.maxFailures) wait = Math.max(wait, recent[0]! + this.windowMs - now)
    }
    return wait
  }

  recordFailure(keys: string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now])
  }

  recordSuccess(key: string): void {
    this.failures.delete(key)
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((time) => time > now - this.windowMs)
    if (recent.length === 0) this.failures.delete(key)
    return recent
  }
}
