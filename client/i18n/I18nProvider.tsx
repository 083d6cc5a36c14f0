import { createContext, createElement, Fragment, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Locale } from '../../shared/i18n/locale'
import { formatMessage, formatParts, MESSAGES, pluralMessage, preferredLocale, type MessageKey, type PluralKey } from './messages'
import { showPlaceholdersIn } from './placeholderWords'

const STORAGE_KEY = 'claimroom.locale'

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

interface I18n {
  locale: Locale
  setLocale(locale: Locale): void
  t: Translate
  /** A message that counts something, in the right plural form: "1 error", "2 errors". */
  plural(key: PluralKey, count: number, values?: Record<string, string | number>): string
  /** A message with elements among its values (a date in bold, a quote), laid out in the message's order. */
  rich(key: MessageKey, values: Record<string, ReactNode>): ReactNode
}

const I18nContext = createContext<I18n | null>(null)

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY)
  if (saved === 'en' || saved === 'zh-CN') return saved
  return preferredLocale(navigator.languages)
}

/** The one i18n layer: the language follows the browser until the user picks one. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next)
    setLocaleState(next)
  }, [])
  // Screen readers pick their voice by the page's language; the editors' empty fields say what to write in it.
  useEffect(() => {
    document.documentElement.lang = locale
    showPlaceholdersIn(locale)
  }, [locale])
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => formatMessage(MESSAGES[locale][key], values),
      plural: (key, count, values) => pluralMessage(locale, key, count, values),
      rich: (key, values) => createElement(Fragment, null, ...formatParts<ReactNode>(MESSAGES[locale][key], values)),
    }),
    [locale, setLocale],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error('useI18n outside I18nProvider')
  return i18n
}
