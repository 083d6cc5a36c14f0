import { randomBytes } from 'node:crypto'

/** A new random id: 16 bytes, url-safe, unguessable (ids appear in URLs and must not be enumerable). */
export const newId = <T extends string>(): T => randomBytes(16).toString('base64url') as T
