import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Locale } from '../../shared/i18n/locale'
import { CloseCode } from '../../shared/sync/closeCodes'
import { ROLES } from '../../shared/domain/roles'
import { ApiRequestError } from '../api'
import { describeClose } from '../editor/closeCodeMessages'
import { describeProblem } from './describeProblem'
import type { Translate } from './I18nProvider'
import { formatMessage, formatParts, LOCALES, MESSAGES, pluralMessage, preferredLocale, type MessageKey } from './messages'
import { API_ERROR_CODES } from './problemMessages'

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
    expect(placeholders(MESSAGES['zh-CN']['close.unknown'])).toEqual(['code'])
  })

  it('gives every counted message both plural forms', () => {
    const bases = keys.filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -'.other'.length))
    expect(bases.length).toBeGreaterThan(0)
    for (const base of bases) expect(keys).toContain(`${base}.one`)
  })

  it('offers every locale that has messages in the language picker, and only those', () => {
    expect(LOCALES.map(({ locale }) => locale).sort()).toEqual([...locales].sort())
    expect([...locales].sort()).toEqual(['en', 'zh-CN'])
  })
})

const CLIENT_DIR = fileURLToPath(new URL('..', import.meta.url))
const clientFiles = (pattern: RegExp): string[] =>
  readdirSync(CLIENT_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !/\.test\.tsx?$/.test(file))
    .sort()

/** Every Chinese catalogue: the one the interface reads, and each *Messages.ts's zh-CN export on its own. */
async function chineseCatalogues(): Promise<[string, Record<string, unknown>][]> {
  const parts = await Promise.all(
    clientFiles(/Messages\.ts$/).map(async (file) => {
      const module = (await import(join(CLIENT_DIR, file))) as Record<string, unknown>
      return Object.entries(module)
        .filter(([name, value]) => /ZhCN$/.test(name) && typeof value === 'object')
        .map(([name, value]): [string, Record<string, unknown>] => [`${file}:${name}`, value as Record<string, unknown>])
    }),
  )
  return [['messages.ts:zh-CN', MESSAGES['zh-CN']], ...parts.flat()]
}

// A Han character, CJK punctuation or a full-width form, a Chinese quotation mark, or a {placeholder} (Chinese text in zh).
const AFTER_CHINESE = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…}]) ?:/u

describe('Chinese typography', () => {
  it('writes a colon after Chinese text full-width, with no space after it, in every zh catalogue', async () => {
    expect(['答复期限: ', '分级:A', '“权利要求书”:', '{label}: {value}', 'D1: US 1234'].map((text) => AFTER_CHINESE.test(text))).toEqual([true, true, true, true, false])
    const catalogues = await chineseCatalogues()
    expect(catalogues.map(([name]) => name)).toEqual(expect.arrayContaining([expect.stringMatching(/reviewMessages\.ts:reviewMessagesZhCN$/)]))
    const wrong = catalogues.flatMap(([catalogue, messages]) =>
      Object.entries(messages)
        .filter(([, text]) => typeof text === 'string' && (AFTER_CHINESE.test(text) || /： /.test(text)))
        .map(([key, text]) => `${catalogue} ${key}: ${String(text)}`),
    )
    expect(wrong).toEqual([])
  })

  it('ends no label with a colon: the components join a label and its value with label.value', () => {
    for (const locale of locales) {
      expect(keys.filter((key) => /[:：]$/.test(MESSAGES[locale][key])).map((key) => `${locale} ${key}`)).toEqual([])
    }
    expect(formatMessage(MESSAGES['zh-CN']['label.value'], { label: '答复期限', value: '2025-05-16' })).toBe('答复期限：2025-05-16')
    expect(formatMessage(MESSAGES.en['label.value'], { label: 'Reply due', value: '2025-05-16' })).toBe('Reply due: 2025-05-16')
    expect(formatMessage(MESSAGES['zh-CN']['text.withAside'], { text: '张三', aside: formatMessage(MESSAGES['zh-CN']['text.parenthetical'], { text: '我' }) })).toBe('张三（我）')
  })

  it('composes no label and value with a colon of its own in the components', () => {
    const composed = [
      /\{t\([^{}]*\)\}\s*[:：]/, // {t('officeAction.deadline')}:{' '}
      /\$\{t\([^`]*?\)\}\s*[:：]/, // `${t('reply.moveUp')}: ${name}`
      /locale === 'zh-CN' \? '：'/, // a colon picked by the interface language
    ]
    const found = clientFiles(/\.tsx?$/).flatMap((file) =>
      readFileSync(join(CLIENT_DIR, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (composed.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    )
    expect(found).toEqual([])
  })

  it('lays out a message with elements among its values in the message\'s order', () => {
    const date = { element: 'strong' }
    expect(formatParts(MESSAGES['zh-CN']['label.value'], { label: '答复期限', value: date })).toEqual(['答复期限', '：', date])
    expect(formatParts('{a} and {b}', { a: 1 })).toEqual([1, ' and ', '{b}'])
  })
})

describe('pluralMessage', () => {
  it('says "1 error" and "2 errors" in English, never "1 errors"', () => {
    expect(pluralMessage('en', 'findings.errors', 1)).toBe('1 error')
    expect(pluralMessage('en', 'findings.errors', 2)).toBe('2 errors')
    expect(pluralMessage('en', 'findings.errors', 0)).toBe('0 errors')
    expect(pluralMessage('en', 'findings.warnings', 1)).toBe('1 warning')
    expect(pluralMessage('en', 'save.kept', 1)).toBe('1 change kept on this device')
    expect(pluralMessage('en', 'save.kept', 3)).toBe('3 changes kept on this device')
  })

  it('uses the one Chinese form for every count', () => {
    expect(pluralMessage('zh-CN', 'findings.errors', 1)).toBe('1 个错误')
    expect(pluralMessage('zh-CN', 'save.kept', 5)).toBe('5 处修改保存在本设备上')
  })
})

const translator =
  (locale: Locale): Translate =>
  (key: MessageKey, values?: Record<string, string | number>) =>
    formatMessage(MESSAGES[locale][key], values)

describe('problems in the reader\'s language', () => {
  it.each(locales)('maps every API error code to its own message in %s, never the server\'s English', (locale) => {
    const t = translator(locale)
    const texts = API_ERROR_CODES.map((code) => describeProblem(new ApiRequestError(400, code, `server text for ${code}`), t))
    expect(texts.filter((text) => text.includes('server text'))).toEqual([])
    expect(new Set(texts).size).toBe(API_ERROR_CODES.length)
    expect(texts).not.toContain(t('apiError.unknown', { status: 400 }))
  })

  it('says the server cannot be reached when no answer came, and names the status of an unknown code', () => {
    const t = translator('zh-CN')
    expect(describeProblem(new ApiRequestError(0, 'network', 'Failed to fetch'), t)).toBe('无法连接服务器，请检查网络后重试。')
    expect(describeProblem(new ApiRequestError(502, 'http_error', 'Bad Gateway'), t)).toBe('出现问题（状态码 502），请稍后再试。')
    expect(describeProblem(new TypeError('x is undefined'), t)).toBe(MESSAGES['zh-CN']['error.unexpected'])
  })

  it('names the claim sets whose approval no longer holds, and addresses whoever takes the step', () => {
    const stale = new ApiRequestError(409, 'approval_stale', 'server text', { documents: [{ id: 'a', title: '权利要求书' }, { id: 'b', title: '分案权利要求书' }] })
    expect(describeProblem(stale, translator('zh-CN'))).toBe('“权利要求书”、“分案权利要求书”在批准后又被修改，原批准已失效。请先批准当前文本（该文件的“审批”页），再进行这一步。')
    expect(describeProblem(new ApiRequestError(409, 'approval_stale', 'server text'), translator('en'))).toMatch(/^A claim set changed after it was approved/)
  })

  it('names the documents never approved, and says so when the matter has none to approve', () => {
    const missing = new ApiRequestError(409, 'approval_missing', 'server text', { documents: [{ id: 'a', title: '权利要求书' }] })
    expect(describeProblem(missing, translator('zh-CN'))).toBe('尚未批准：“权利要求书”。请负责人先批准当前文本（该文件的“审批”页），再进行这一步。')
    expect(describeProblem(new ApiRequestError(409, 'approval_missing', 'server text', { documents: [] }), translator('en'))).toMatch(/^This matter has nothing approved to file yet/)
    // A reply never approved: the one filed is the one created last, and a stray draft can be archived.
    const reply = new ApiRequestError(409, 'approval_missing', 'server text', { documents: [{ id: 'b', title: '测试稿', kind: 'oa-reply' }] })
    expect(describeProblem(reply, translator('zh-CN'))).toMatch(/^尚未批准：“测试稿”。.*提交的是最后创建的意见陈述书；如果这不是要提交的那份，请在案件页将其归档后再提交。$/)
  })

  it('names the field a refused form got wrong, and the limit it went over', () => {
    const refused = (details: Record<string, unknown>) => new ApiRequestError(400, 'invalid_input', 'server text', details)
    const zh = translator('zh-CN')
    expect(describeProblem(refused({ field: 'title', problem: 'empty' }), zh)).toBe('请填写“标题”，不能为空或只有空格。')
    expect(describeProblem(refused({ field: 'text', problem: 'too_long', limit: 10000 }), zh)).toBe('“内容”过长，最多10000个字符。')
    expect(describeProblem(refused({ field: 'override.reason', problem: 'empty' }), translator('en'))).toBe('Fill in “Reason”: it cannot be empty or only spaces.')
    // A field the pages do not name is quoted as the server names it; without details, the general message.
    expect(describeProblem(refused({ field: 'anchor.from', problem: 'invalid' }), zh)).toBe('“anchor.from”格式不正确，请检查后重试。')
    expect(describeProblem(refused({}), zh)).toBe(MESSAGES['zh-CN']['apiError.invalid_input'])
  })

  it('says how long to wait after too many sign-ins', () => {
    const limited = new ApiRequestError(429, 'rate_limited', 'server text', { retryAfter: 601 })
    expect(describeProblem(limited, translator('zh-CN'))).toBe('尝试次数过多，请11分钟后再试。')
  })

  it.each(locales)('explains every sync close code in %s with its own message', (locale) => {
    const t = translator(locale)
    const codes = Object.values(CloseCode)
    const texts = codes.map((code) => describeClose(code, t))
    expect(codes.filter((code) => describeClose(code, t) === t('close.unknown', { code }))).toEqual([])
    expect(new Set(texts).size).toBe(codes.length)
    expect(describeClose(4999, t)).toContain('4999')
  })

  it('names every role in both languages', () => {
    for (const locale of locales) for (const role of ROLES) expect(MESSAGES[locale][`role.${role}`]).toBeTruthy()
    expect(MESSAGES['zh-CN']['role.agent']).toBe('专利代理师')
  })
})
