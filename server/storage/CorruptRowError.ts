/** A stored row that does not have the shape its table promises. Never papered over with a default. */
export class CorruptRowError extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
  ) {
    super(`corrupt row in ${table}: ${column} has an unexpected value`)
    this.name = 'CorruptRowError'
  }
}
