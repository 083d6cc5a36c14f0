/** The interface languages. Every user-facing string exists in both. */
export type Locale = 'zh-CN' | 'en'

export type LocalizedText = Record<Locale, string>
