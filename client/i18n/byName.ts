import type { Locale } from '../../shared/i18n/locale'

/**
 * Orders people by name as the reader's language does: pinyin in Chinese (安娜, 张伟, 周杰), not
 * the code points the server sorts by (周 before 张).
 */
export function byName(locale: Locale): (a: { name: string }, b: { name: string }) => number {
  const collator = new Intl.Collator(locale)
  return (a, b) => collator.compare(a.name, b.name)
}
