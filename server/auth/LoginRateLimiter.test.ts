import { describe, expect, it } from 'vitest'
import { LoginRateLimiter } from './LoginRateLimiter'

const WINDOW = 60_000
const T0 = 1_700_000_000_000

const limiter = (maxFailures = 3) => new LoginRateLimiter(maxFailures, WINDOW)

function fail(rateLimiter: LoginRateLimiter, key: string, ...times: number[]): void {
  for (const time of times) rateLimiter.recordFailure(key, time)
}

/** How many keys the limiter holds in memory; there is no behaviour by which forgetting a stale key shows. */
const trackedKeys = (rateLimiter: LoginRateLimiter) =>
  (rateLimiter as unknown as { failures: Map<string, number[]> }).failures.size

describe('LoginRateLimiter', () => {
  it('allows a key nothing has failed for', () => {
    expect(limiter().retryAfterMs('ada@example.com', T0)).toBe(0)
  })

  it('allows attempts until maxFailures have failed, then blocks the key', () => {
    const rateLimiter = limiter(3)
    fail(rateLimiter, 'ada@example.com', T0, T0 + 1_000)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + 1_000)).toBe(0)

    fail(rateLimiter, 'ada@example.com', T0 + 2_000)

    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + 2_000)).toBeGreaterThan(0)
  })

  it('counts the wait down until the oldest failure leaves the window', () => {
    const rateLimiter = limiter(3)
    fail(rateLimiter, 'ada@example.com', T0, T0 + 1_000, T0 + 2_000)

    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + 2_000)).toBe(WINDOW - 2_000)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + 30_000)).toBe(WINDOW - 30_000)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + WINDOW - 1)).toBe(1)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + WINDOW)).toBe(0)
  })

  it('forgets failures older than the window', () => {
    const rateLimiter = limiter(3)
    fail(rateLimiter, 'ada@example.com', T0, T0 + 1_000)

    // Two old failures and two new ones: only the new ones count, so the key is still allowed.
    fail(rateLimiter, 'ada@example.com', T0 + WINDOW + 1_000, T0 + WINDOW + 2_000)

    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + WINDOW + 2_000)).toBe(0)
  })

  it("clears a key's failures on a successful sign-in", () => {
    const rateLimiter = limiter(3)
    fail(rateLimiter, 'ada@example.com', T0, T0, T0)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0)).toBeGreaterThan(0)

    rateLimiter.recordSuccess('ada@example.com')

    expect(rateLimiter.retryAfterMs('ada@example.com', T0)).toBe(0)
    fail(rateLimiter, 'ada@example.com', T0 + 1, T0 + 2)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + 2)).toBe(0)
  })

  it('keeps keys independent: one blocked key neither blocks nor is cleared by another', () => {
    const rateLimiter = limiter(3)
    fail(rateLimiter, 'ada@example.com', T0, T0, T0)
    fail(rateLimiter, 'grace@example.com', T0)

    rateLimiter.recordSuccess('grace@example.com')

    expect(rateLimiter.retryAfterMs('grace@example.com', T0)).toBe(0)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0)).toBeGreaterThan(0)
  })

  it('forgets stale keys once more than 10,000 keys have failed, so made-up e-mails do not pile up', () => {
    const rateLimiter = limiter(3)
    for (let i = 0; i <= 10_000; i++) rateLimiter.recordFailure(`made-up-${i}@example.com`, T0)
    expect(trackedKeys(rateLimiter)).toBe(10_001)

    rateLimiter.recordFailure('one-more@example.com', T0 + WINDOW + 1)

    expect(trackedKeys(rateLimiter)).toBe(1)
  })

  it('still blocks a key under attack when stale keys are forgotten', () => {
    const rateLimiter = limiter(3)
    for (let i = 0; i < 10_000; i++) rateLimiter.recordFailure(`made-up-${i}@example.com`, T0)
    fail(rateLimiter, 'ada@example.com', T0 + WINDOW / 2, T0 + WINDOW / 2, T0 + WINDOW / 2)

    rateLimiter.recordFailure('one-more@example.com', T0 + WINDOW + 1)

    expect(trackedKeys(rateLimiter)).toBe(2)
    expect(rateLimiter.retryAfterMs('ada@example.com', T0 + WINDOW + 1)).toBe(WINDOW / 2 - 1)
  })
})
