import { CorruptRowError } from './CorruptRowError'

/** A row as better-sqlite3 returns it; every column is checked as it is read. */
export type Row = Record<string, unknown>

export const text = (row: Row, column: string, table: string): string => {
  const value = row[column]
  if (typeof value !== 'string') throw new CorruptRowError(table, column)
  return value
}

export const optionalText = (row: Row, column: string, table: string): string | null => {
  const value = row[column]
  if (value === null) return null
  if (typeof value !== 'string') throw new CorruptRowError(table, column)
  return value
}

export const integer = (row: Row, column: string, table: string): number => {
  const value = row[column]
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new CorruptRowError(table, column)
  return value
}

export const blob = (row: Row, column: string, table: string): Uint8Array => {
  const value = row[column]
  if (!(value instanceof Uint8Array)) throw new CorruptRowError(table, column)
  return value
}

/** A text column that must hold one of a closed set of values. */
export function oneOf<T extends string>(row: Row, column: string, table: string, allowed: readonly T[]): T {
  const value = text(row, column, table)
  if (!(allowed as readonly string[]).includes(value)) throw new CorruptRowError(table, column)
  return value as T
}
