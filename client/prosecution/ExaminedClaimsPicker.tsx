import { useEffect, useState } from 'react'
import type { MatterDetail } from '../../shared/domain/api'
import type { VersionView } from '../../shared/editor/versionApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { versionLabel } from './versionLabel'

type MatterDocument = MatterDetail['documents'][number]

interface KeptClaims {
  /** A claim set, or a reply whose amended claims were kept when it was filed. */
  document: MatterDocument
  version: VersionView
}

/**
 * The origins that keep the claims an office action examined, the likeliest first: the amended
 * claims of the reply filed last (a later office action examines those; the claim set itself was
 * not amended), else the claim set kept when the office action came in, else the one kept at filing.
 */
const EXAMINED_ORIGINS = ['reply-filing', 'office-action', 'filing'] as const

/**
 * The version a new reply's claims should start from when nobody chooses, by EXAMINED_ORIGINS,
 * newest first; '' (the latest claim set as it is now, the server's default when no reply was
 * filed) when the matter kept none. `kept` lists the documents in the matter's order. Every claim
 * set is kept at each step, so several versions share a moment: an approved claim set's wins — what
 * the lead approved is what was filed, not a draft imported beside it — and among the rest the
 * latest claim set's, as the server's default would take it.
 */
export function likelyExaminedVersion(kept: readonly KeptClaims[]): string {
  const approvedFirst = (a: KeptClaims, b: KeptClaims) => Number(b.document.reviewState === 'approved') - Number(a.document.reviewState === 'approved')
  for (const origin of EXAMINED_ORIGINS) {
    const newest = [...kept]
      .reverse()
      .filter(({ version }) => version.origin === origin)
      .sort((a, b) => b.version.createdAt.localeCompare(a.version.createdAt) || approvedFirst(a, b))[0]
    if (newest) return newest.version.id
  }
  return ''
}

/** The versions of a document that can hold examined claims: any of a claim set's, a reply's as filed. */
async function keptClaimsOf(document: MatterDocument): Promise<KeptClaims[]> {
  const { versions } = await api<{ versions: VersionView[] }>(`/api/documents/${encodeURIComponent(document.id)}/versions`)
  return versions.filter((version) => document.kind === 'claims' || version.origin === 'reply-filing').map((version) => ({ document, version }))
}

/** The picker's value for a claim set as it is now; any other value is a version's id. */
const CURRENT_TEXT = 'current:'

/** What the new reply's request says of the choice: `claimSet` for a text as it is now, else `claimsVersion`. */
export function startingPoint(choice: string): { claimSet: string } | { claimsVersion: string } {
  return choice.startsWith(CURRENT_TEXT) ? { claimSet: choice.slice(CURRENT_TEXT.length) } : { claimsVersion: choice }
}

/**
 * Which claims a new office-action reply starts from: any of the matter's claim sets as it is now,
 * any version kept of them, or the amended claims of a reply as it was filed. Until the person
 * chooses, the version the office action most likely examined is chosen for them, else the latest
 * claim set as it is now.
 */
export function ExaminedClaimsPicker({
  claimSets,
  replies,
  value,
  onChange,
}: {
  claimSets: readonly MatterDocument[]
  /** The matter's earlier replies: their amended claims as filed are offered too. */
  replies: readonly MatterDocument[]
  /** null until the versions have loaded and nobody has chosen yet. */
  value: string | null
  onChange: (choice: string) => void
}) {
  const { t, locale } = useI18n()
  const [kept, setKept] = useState<KeptClaims[] | null>(null)
  const [failed, setFailed] = useState(false)
  const documents = [...claimSets, ...replies]
  const ids = documents.map((d) => d.id).join(',')

  useEffect(() => {
    let live = true
    Promise.all(documents.map(keptClaimsOf)).then(
      (lists) => live && setKept(lists.flat()),
      () => live && (setFailed(true), setKept([])),
    )
    return () => {
      live = false
    }
    // Keyed by the documents' ids: the matter page's next load gives new arrays of the same documents.
  }, [ids])

  const latest = claimSets[claimSets.length - 1]
  useEffect(() => {
    if (kept && latest && value === null) onChange(likelyExaminedVersion(kept) || CURRENT_TEXT + latest.id)
  }, [kept, latest, value, onChange])

  if (!latest) return null
  return (
    <label>
      <span>{t('reply.examinedClaims')}</span>
      <select
        name="claimsVersion"
        value={value ?? CURRENT_TEXT + latest.id}
        onChange={(e) => onChange(e.target.value)}
        disabled={kept === null}
        aria-describedby="examined-claims-hint"
      >
        {claimSets.map((claimSet) => (
          <option key={claimSet.id} value={CURRENT_TEXT + claimSet.id} translate="no">
            {t('reply.examinedCurrent', { title: claimSet.title })}
          </option>
        ))}
        {(kept ?? []).map(({ document, version }) => (
          <option key={version.id} value={version.id} translate="no">
            {/* A version kept by the workflow is named by its step already ("When the office action was recorded …"). */}
            {[documents.length > 1 ? document.title : null, versionLabel(version, locale)].filter(Boolean).join(' · ')}
          </option>
        ))}
      </select>
      <span id="examined-claims-hint" className="muted small">
        {failed ? t('reply.examinedUnavailable') : t('reply.examinedHint')}
      </span>
    </label>
  )
}
