import { CloseCode } from '../../shared/sync/closeCodes'
import type { Translate } from '../i18n/I18nProvider'

type CloseCodeName = keyof typeof CloseCode

const NAMES = new Map<number, CloseCodeName>(Object.entries(CloseCode).map(([name, code]) => [code, name as CloseCodeName]))

/**
 * Closes after which reconnecting cannot help: the same message would be refused again, or the
 * user must sign in or be given access first. The rest (slow link, heartbeat, too many sockets,
 * storage, shutdown) are retried with the provider's backoff.
 */
const FINAL: ReadonlySet<number> = new Set<number>([
  CloseCode.MalformedMessage,
  CloseCode.SchemaViolation,
  CloseCode.MessageTooBig,
  CloseCode.TooLarge,
  CloseCode.SessionEnded,
  CloseCode.AccessRevoked,
])

/** Whether the provider should connect again after the server closed the socket with `code`. */
export function isRetriedClose(code: number): boolean {
  return !FINAL.has(code)
}

/** Why the server closed the sync socket, in the reader's language. */
export function describeClose(code: number, t: Translate): string {
  const name = NAMES.get(code)
  return name ? t(`close.${name}`) : t('close.unknown', { code })
}
