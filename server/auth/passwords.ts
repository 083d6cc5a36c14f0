import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// OWASP's scrypt recommendation: N=2^17, r=8, p=1 (128 MiB, ≈0.4 s a hash on two cores).
// CLAIMROOM_SCRYPT_LOG2N lowers N for test suites that create many users; each stored hash
// records its own parameters, so such hashes keep verifying when the default changes.
const LOG2N = Number(process.env.CLAIMROOM_SCRYPT_LOG2N ?? 17)
const PARAMS = { N: 2 ** LOG2N, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, params: typeof PARAMS): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, params, (error, key) => (error ? reject(error) : resolve(key))),
  )
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url), so parameters can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false
  if (!(Number(n) <= 2 ** 20 && Number(r) <= 32 && Number(p) <= 16)) return false
  const expected = Buffer.from(key, 'base64url')
  let actual: Buffer
  try {
    actual = await derive(password, Buffer.from(salt, 'base64url'), { ...PARAMS, N: Number(n), r: Number(r), p: Number(p) })
  } catch {
    // Parameters scrypt refuses (N not a power of two, too much memory): a damaged hash, not a server error.
    return false
  }
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
