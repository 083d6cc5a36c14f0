import { randomBytes } from 'node:crypto'

// Letters and digits that cannot be mistaken for one another when read out or copied by hand.
const UPPER_CASE = 'ACDEFGHJKLMNPQRTUVWXY346789'
const MIXED_CASE = `abcdefghjkmnpqrstuvwxyz${UPPER_CASE}`

function randomText(alphabet: string, length: number): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('')
}

/** A password for a new account, or one an admin reset, to be handed over once and changed by its owner: 16 characters, 90 bits. */
export function firstPassword(): string {
  return randomText(MIXED_CASE, 16)
}

/**
 * The code that opens the first-run set-up of a server without any account, printed in its log
 * only: whoever can read the log runs the server. Three groups of four capitals and digits (57
 * bits, guessed at most 100 times per address in 15 minutes), typed in any case.
 */
export function setupCode(): string {
  return randomText(UPPER_CASE, 12).replace(/(.{4})(?=.)/g, '$1-')
}

/** A setup code as typed, compared without case, spaces or dashes. */
export const normalSetupCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase()
