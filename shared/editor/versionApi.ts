import type { LocalizedText } from '../i18n/locale'
import type { JSONContent } from '@tiptap/core'
import type { ClaimComparison } from './compareClaims'

/** Why a version was made: saved by name, or kept by the server at an approval or a step of the matter. */
export const VERSION_ORIGINS = ['named', 'approval', 'filing', 'office-action', 'reply-filing', 'grant', 'before-restore'] as const

export type VersionOrigin = (typeof VERSION_ORIGINS)[number]

/**
 * The names of the versions the workflow keeps, by step. A version is stored under the name in
 * its office's language, as exported files print it; lists name it in the reader's language.
 */
export const KEPT_VERSION_NAMES: Partial<Record<VersionOrigin, LocalizedText>> = {
  approval: { 'zh-CN': '批准的版本', en: 'Approved version' },
  filing: { 'zh-CN': '提交申请时', en: 'As filed' },
  'office-action': { 'zh-CN': '收到审查意见通知书时', en: 'When the office action was recorded' },
  'reply-filing': { 'zh-CN': '提交答复时', en: 'Reply as filed' },
  grant: { 'zh-CN': '授权文本', en: 'As granted' },
}

/** One saved version of a document (docs/api.md "Versions"). */
export interface VersionView {
  id: string
  name: string
  origin: VersionOrigin
  /** SHA-256 of the content, as approvals have it: equal hashes, equal content. */
  versionHash: string
  createdAt: string
  createdBy: { id: string; name: string }
}

/** `GET /api/documents/:id/versions/:versionId`: the version with its content, read-only. */
export interface VersionDetail extends VersionView {
  content: JSONContent
  claims: { number: number; text: string }[]
}

/** `GET /api/documents/:id/compare`: `from` and `to` are version ids, or `current` for the document as it is now. */
export interface ComparisonResponse {
  from: string
  to: string
  claims: ClaimComparison[]
}

/** The version id that stands for the document as it is now, in a comparison. */
export const CURRENT_VERSION = 'current'
