import { describe, expect, it } from 'vitest'
import type { Locale } from '../../shared/i18n/locale'
import { LOCALES, MESSAGES, preferredLocale } from './messages'

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()

const locales = Object.keys(MESSAGES) as Locale[]
const keys = Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]

describe('preferredLocale', () => {
  it.each([['zh'], ['zh-CN'], ['zh-TW'], ['zh-Hans-CN'], ['zh-Hant-HK'], ['ZH-cn']])(
    'maps the Chinese variant %s to zh-CN',
    (language) => {
      expect(preferredLocale([language])).toBe('zh-CN')
    },
  )

  it.each([['en'], ['en-US'], ['en-GB'], ['EN-us']])('maps %s to en', (language) => {
    expect(preferredLocale([language])).toBe('en')
  })

  it.each([[['fr-FR']], [['de', 'ja']], [[]]])('falls back to en for %j', (languages) => {
    expect(preferredLocale(languages)).toBe('en')
  })

  it('takes the first of the browser languages that it has', () => {
    expect(preferredLocale(['fr-FR', 'zh-TW', 'en-US'])).toBe('zh-CN')
    expect(preferredLocale(['de', 'en-GB', 'zh-CN'])).toBe('en')
    expect(preferredLocale(['en-US', 'zh-CN'])).toBe('en')
  })
})

describe('MESSAGES', () => {
  it('has the same keys in every locale', () => {
    for (const locale of locales) expect(Object.keys(MESSAGES[locale]).sort()).toEqual([...keys].sort())
  })

  it('has a non-empty string for every key in every locale', () => {
    const missing = locales.flatMap((locale) =>
      keys.filter((key) => typeof MESSAGES[locale][key] !== 'string' || MESSAGES[locale][key].trim() === '').map((key) => `${locale}:${key}`),
    )
    expect(missing).toEqual([])
  })

  it('uses the same {placeholders} in every locale', () => {
    const mismatched = keys.filter((key) =>
      locales.some((locale) => placeholders(MESSAGES[locale][key]).join() !== placeholders(MESSAGES.en[key]).join()),
    )
    expect(mismatched).toEqual([])
    expect(placeholders(MESSAGES['zh-CN']['error.generic'])).toEqual(['message'])
  })

  it('offers every locale that has messages in the language picker, and only those', () => {
    expect(LOCALES.map(({ locale }) => locale).sort()).toEqual([...locales].sort())
    expect([...locales].sort()).toEqual(['en', 'zh-CN'])
  })
})
