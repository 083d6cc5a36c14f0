import { randomBytes, scrypt, scryptSync } from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hashPassword, verifyPassword } from './passwords'

// The real scrypt, watched: a refused hash must be refused before any key is derived.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, scrypt: vi.fn(actual.scrypt) }
})

beforeEach(() => {
  vi.mocked(scrypt).mockClear()
})

const PASSWORD = 'correct horse battery staple'
const MAXMEM = 256 * 1024 * 1024

/** A hash in the stored format, derived here with explicit parameters instead of the current default. */
function handMadeHash(password: string, { N, r, p }: { N: number; r: number; p: number }): string {
  const salt = randomBytes(16)
  const key = scryptSync(password, salt, 32, { N, r, p, maxmem: MAXMEM })
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

describe('hashPassword and verifyPassword', () => {
  it('verifies the password that was hashed', async () => {
    const hash = await hashPassword(PASSWORD)

    expect(await verifyPassword(PASSWORD, hash)).toBe(true)
    // The watch on scrypt sees real derivations, so the "never derives" tests below mean something.
    expect(scrypt).toHaveBeenCalledTimes(2)
  })

  it('does not verify any other password', async () => {
    const hash = await hashPassword(PASSWORD)

    for (const attempt of ['correct horse battery stapl', 'Correct horse battery staple', '', `${PASSWORD} `]) {
      expect(await verifyPassword(attempt, hash)).toBe(false)
    }
  })

  it('salts every hash: the same password hashes differently twice, and both verify', async () => {
    const first = await hashPassword(PASSWORD)
    const second = await hashPassword(PASSWORD)

    expect(first).not.toBe(second)
    expect(first.split('$')[4]).not.toBe(second.split('$')[4])
    expect(await verifyPassword(PASSWORD, first)).toBe(true)
    expect(await verifyPassword(PASSWORD, second)).toBe(true)
  })

  it('records the scrypt parameters, salt and key it used as scrypt$N$r$p$salt$key', async () => {
    const hash = await hashPassword(PASSWORD)

    const [scheme, n, r, p, salt, key, ...rest] = hash.split('$')
    expect(scheme).toBe('scrypt')
    expect(rest).toEqual([])
    // vite.config.ts lowers the cost for tests through this variable; the hash must say so.
    expect(Number(n)).toBe(2 ** Number(process.env.CLAIMROOM_SCRYPT_LOG2N ?? 17))
    expect([Number(r), Number(p)]).toEqual([8, 1])
    const rederived = scryptSync(PASSWORD, Buffer.from(salt!, 'base64url'), 32, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: MAXMEM,
    })
    expect(rederived.toString('base64url')).toBe(key)
  })

  it.each([
    { N: 2 ** 10, r: 8, p: 1 },
    { N: 2 ** 13, r: 8, p: 1 },
    { N: 2 ** 12, r: 4, p: 2 },
  ])('still verifies a hash made with N=$N, r=$r, p=$p after the default cost changed', async (params) => {
    const hash = handMadeHash(PASSWORD, params)

    expect(await verifyPassword(PASSWORD, hash)).toBe(true)
    expect(await verifyPassword('wrong password', hash)).toBe(false)
  })

  it('verifies a password typed in another Unicode normalization form', async () => {
    const composed = 'caf\u00e9 cr\u00e8me'
    const decomposed = 'cafe\u0301 cre\u0300me'
    const hash = await hashPassword(composed)

    expect(await verifyPassword(decomposed, hash)).toBe(true)
  })

  it.each([
    ['an empty string', ''],
    ['a plain-text password', PASSWORD],
    ['another scheme', 'bcrypt$16384$8$1$c2FsdA$a2V5'],
    ['a hash without its key', 'scrypt$16384$8$1$c2FsdA'],
    ['a hash with an empty salt', 'scrypt$16384$8$1$$a2V5'],
    ['a hash with an empty N', 'scrypt$$8$1$c2FsdA$a2V5'],
    ['a hash whose N is not a number', 'scrypt$many$8$1$c2FsdA$a2V5'],
    ['only separators', '$$$$$'],
  ])('never verifies %s, and never derives a key for it', async (_name, stored) => {
    await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(false)
    expect(scrypt).not.toHaveBeenCalled()
  })

  it('never verifies a hash whose key has been cut short', async () => {
    const hash = await hashPassword(PASSWORD)
    const truncated = hash.slice(0, -4)

    await expect(verifyPassword(PASSWORD, truncated)).resolves.toBe(false)
  })

  it.each([
    ['N = 2^30', 'scrypt$1073741824$8$1'],
    ['r = 1024', 'scrypt$16384$1024$1'],
    ['p = 1000', 'scrypt$16384$8$1000'],
  ])('refuses absurd parameters (%s) without running scrypt', async (_name, parameters) => {
    const stored = `${parameters}$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U`

    await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(false)
    expect(scrypt).not.toHaveBeenCalled()
  })

  // N not a power of two, a fractional p, or 1 GiB of memory: scrypt refuses them itself.
  it('never throws on parameters within the bounds that scrypt itself rejects', async () => {
    const salt = 'c2FsdHNhbHRzYWx0c2FsdA'
    const key = 'a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U'
    for (const parameters of ['scrypt$1000$8$1', 'scrypt$16384$8$1.5', 'scrypt$1048576$8$1']) {
      await expect(verifyPassword(PASSWORD, `${parameters}$${salt}$${key}`)).resolves.toBe(false)
    }
  })
})
