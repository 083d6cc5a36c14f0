import type { Locale } from '../../shared/i18n/locale'

/** Every string the interface shows, in both languages. English is the key set. */
const en = {
  'app.name': 'Claimroom',
  'app.tagline': 'Write and review patents together',
  'login.title': 'Sign in',
  'login.email': 'E-mail',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.failed': 'Wrong e-mail or password.',
  'login.rateLimited': 'Too many failed sign-ins. Try again later.',
  'login.demoHint': 'Demo accounts: lead@, agent@, inventor@, reviewer@demo.test — password demo-password',
  'nav.matters': 'Matters',
  'nav.signOut': 'Sign out',
  'nav.language': 'Language',
  'matters.title': 'Matters',
  'matters.empty': 'No matters yet.',
  'matters.new': 'New matter',
  'matters.newTitle': 'Title of the invention',
  'matters.jurisdiction': 'Jurisdiction',
  'matters.create': 'Create',
  'matter.documents': 'Documents',
  'matter.noDocuments': 'No documents yet.',
  'matter.newDocument': 'New document',
  'matter.documentTitle': 'Document title',
  'matter.create': 'Add',
  'kind.disclosure': 'Disclosure form',
  'kind.claims': 'Claim set',
  'kind.oa-reply': 'Office-action reply',
  'document.loading': 'Loading document…',
  'document.back': 'Back to the matter',
  'document.readOnly': 'Read only: reviewers annotate, they do not change the text.',
  'presence.title': 'Online',
  'presence.you': 'you',
  'connection.connecting': 'Connecting…',
  'connection.online': 'Online',
  'connection.offline': 'Offline — changes are kept and sent when the connection returns',
  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.unsaved': 'Not saved yet',
  'error.generic': 'Something went wrong: {message}',
  'error.notFound': 'Not found, or you do not have access.',
  'error.loadFailed': 'This document could not be loaded. Nothing was changed; try again later.',
}

export type MessageKey = keyof typeof en

const zhCN: Record<MessageKey, string> = {
  'app.name': 'Claimroom',
  'app.tagline': '一起撰写和审核专利',
  'login.title': '登录',
  'login.email': '邮箱',
  'login.password': '密码',
  'login.submit': '登录',
  'login.failed': '邮箱或密码错误。',
  'login.rateLimited': '登录失败次数过多，请稍后再试。',
  'login.demoHint': '演示账号：lead@、agent@、inventor@、reviewer@demo.test，密码 demo-password',
  'nav.matters': '案件',
  'nav.signOut': '退出',
  'nav.language': '语言',
  'matters.title': '案件',
  'matters.empty': '暂无案件。',
  'matters.new': '新建案件',
  'matters.newTitle': '发明名称',
  'matters.jurisdiction': '申请地区',
  'matters.create': '创建',
  'matter.documents': '文件',
  'matter.noDocuments': '暂无文件。',
  'matter.newDocument': '新建文件',
  'matter.documentTitle': '文件标题',
  'matter.create': '添加',
  'kind.disclosure': '技术交底书',
  'kind.claims': '权利要求书',
  'kind.oa-reply': '意见陈述书',
  'document.loading': '正在加载文件…',
  'document.back': '返回案件',
  'document.readOnly': '只读：审核人可以批注，但不能修改正文。',
  'presence.title': '在线',
  'presence.you': '我',
  'connection.connecting': '连接中…',
  'connection.online': '在线',
  'connection.offline': '离线——修改已保留，恢复连接后自动发送',
  'save.saved': '已保存',
  'save.saving': '保存中…',
  'save.unsaved': '尚未保存',
  'error.generic': '出错了：{message}',
  'error.notFound': '未找到，或您没有访问权限。',
  'error.loadFailed': '文件无法加载。内容未被更改，请稍后再试。',
}

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN }

export const LOCALES: readonly { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
]

/** The browser's preferred interface language among ours; Chinese variants map to zh-CN. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    if (language.toLowerCase().startsWith('zh')) return 'zh-CN'
    if (language.toLowerCase().startsWith('en')) return 'en'
  }
  return 'en'
}
