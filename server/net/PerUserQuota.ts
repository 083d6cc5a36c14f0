/** Counts something each user holds open (sync sockets) against a limit per user. */
export class PerUserQuota {
  private readonly held = new Map<string, number>()

  constructor(private readonly limit: number) {}

  /** Takes one for the user; false, and nothing taken, when they already hold the limit. */
  acquire(userId: string): boolean {
    const count = this.held.get(userId) ?? 0
    if (count >= this.limit) return false
    this.held.set(userId, count + 1)
    return true
  }

  release(userId: string): void {
    const count = (this.held.get(userId) ?? 0) - 1
    if (count > 0) this.held.set(userId, count)
    else this.held.delete(userId)
  }
}
