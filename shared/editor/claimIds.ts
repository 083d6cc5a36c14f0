/** A new claim id: random, so that two people adding claims at once never collide. */
export const newClaimId = (): string => globalThis.crypto.randomUUID()
