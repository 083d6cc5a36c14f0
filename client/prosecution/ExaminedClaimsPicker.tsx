import { useEffect, useState } from 'react'
import type { MatterDetail } from '../../shared/domain/api'
import type { VersionView } from '../../shared/editor/versionApi'
import { api } from '../api'
import { useI18n } from '../i18n/I18nProvider'
import { versionLabel } from './versionLabel'

type ClaimSet = MatterDetail['documents'][number]

interface KeptClaims {
  claimSet: ClaimSet
  version: VersionView
}

/** The origins that keep the claims an office action examined, the likeliest first. */
const EXAMINED_ORIGINS = ['office-action', 'filing'] as const

/**
 * The version a new reply's claims should start from when nobody chooses: the claims kept when the
 * office action came in, else those kept at filing, newest first; '' (the latest claim set as it
 * is now, the server's default) when the matter kept neither. `kept` lists the claim sets in the
 * matter's order. Every claim set is kept at each step, so several versions share a moment: an
 * approved claim set's wins — what the lead approved is what was filed, not a draft imported
 * beside it — and among the rest the latest claim set's, as the server's default would take it.
 */
export function likelyExaminedVersion(kept: readonly KeptClaims[]): string {
  const approvedFirst = (a: KeptClaims, b: KeptClaims) => Number(b.claimSet.reviewState === 'approved') - Number(a.claimSet.reviewState === 'approved')
  for (const origin of EXAMINED_ORIGINS) {
    const newest = [...kept]
      .reverse()
      .filter(({ version }) => version.origin === origin)
      .sort((a, b) => b.version.createdAt.localeCompare(a.version.createdAt) || approvedFirst(a, b))[0]
    if (newest) return newest.version.id
  }
  return ''
}

/** The picker's value for a claim set as it is now; any other value is a version's id. */
const CURRENT_TEXT = 'current:'

/** What the new reply's request says of the choice: `claimSet` for a text as it is now, else `claimsVersion`. */
export function startingPoint(choice: string): { claimSet: string } | { claimsVersion: string } {
  return choice.startsWith(CURRENT_TEXT) ? { claimSet: choice.slice(CURRENT_TEXT.length) } : { claimsVersion: choice }
}

/**
 * Which claims a new office-action reply starts from: any of the matter's claim sets as it is now,
 * or any version kept of them. Until the person chooses, the version the office action most likely
 * examined is chosen for them, else the latest claim set as it is now.
 */
export function ExaminedClaimsPicker({
  claimSets,
  value,
  onChange,
}: {
  claimSets: readonly ClaimSet[]
  /** null until the versions have loaded and nobody has chosen yet. */
  value: string | null
  onChange: (choice: string) => void
}) {
  const { t, locale } = useI18n()
  const [kept, setKept] = useState<KeptClaims[] | null>(null)
  const [failed, setFailed] = useState(false)
  const ids = claimSets.map((d) => d.id).join(',')

  useEffect(() => {
    let live = true
    Promise.all(
      claimSets.map(async (claimSet) => {
        const { versions } = await api<{ versions: VersionView[] }>(`/api/documents/${encodeURIComponent(claimSet.id)}/versions`)
        return versions.map((version) => ({ claimSet, version }))
      }),
    ).then(
      (lists) => live && setKept(lists.flat()),
      () => live && (setFailed(true), setKept([])),
    )
    return () => {
      live = false
    }
    // Keyed by the claim sets' ids: the matter page's next load gives a new array of the same documents.
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
        {(kept ?? []).map(({ claimSet, version }) => (
          <option key={version.id} value={version.id} translate="no">
            {/* A version kept by the workflow is named by its step already ("When the office action was recorded …"). */}
            {[claimSets.length > 1 ? claimSet.title : null, versionLabel(version, locale)].filter(Boolean).join(' · ')}
          </option>
        ))}
      </select>
      <span id="examined-claims-hint" className="muted small">
        {failed ? t('reply.examinedUnavailable') : t('reply.examinedHint')}
      </span>
    </label>
  )
}
