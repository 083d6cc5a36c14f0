/**
 * Slows password guessing: at most `maxFailures` failed sign-ins per key (an account and address
 * pair, a client address) within `windowMs`. An attempt counts as failed from the moment it
 * starts (`recordFailure` before the password is checked) until it succeeds, so concurrent
 * guesses cannot all slip in before the first is counted. Kept in memory: a restart forgets,
 * which only helps a guesser once.
 */
const MAX_TRACKED_KEYS = 10_000

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until another attempt is allowed for this key; 0 when allowed now. */
  retryAfterMs(key: string, now = Date.now()): number {
    const recent = this.recent(key, now)
    return recent.length >= this.maxFailures ? recent[0]! + this.windowMs - now : 0
  }

  recordFailure(key: string, now = Date.now()): void {
    // A guesser cycling through made-up e-mails must not grow the map without bound.
    if (this.failures.size >= MAX_TRACKED_KEYS) for (const stale of this.failures.keys()) this.recent(stale, now)
    this.failures.set(key, [...this.recent(key, now), now])
  }

  recordSuccess(key: string): void {
    this.failures.delete(key)
  }

  /** Takes back the latest attempt counted for this key: it turned out not to be a failure. */
  forgiveLatest(key: string): void {
    const recent = this.failures.get(key)
    recent?.pop()
    if (recent?.length === 0) this.failures.delete(key)
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((time) => time > now - this.windowMs)
    if (recent.length === 0) this.failures.delete(key)
    return recent
  }
}
