import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { versionHashOf } from '../../shared/editor/documentBody'
import { useI18n } from '../i18n/I18nProvider'
import type { DocumentVersions } from './useDocumentVersions'
import { versionName } from './versionLabel'

/** How long typing pauses before the text is compared with the filed version again. */
const SETTLE_MS = 600

/**
 * On a claim set that was filed: what is on screen is no longer what the office has. Edits here
 * are not filed — claims are amended in the office-action reply — so the page says so, and says
 * when the text no longer reads as the version kept at filing.
 */
export function FiledNotice({ versions: { data }, doc }: { versions: DocumentVersions; doc: Y.Doc }) {
  const { t, locale } = useI18n()
  // Newest first: the version of the latest filing.
  const filed = data?.versions.find((version) => version.origin === 'filing') ?? null
  const changed = useDiffersFrom(filed?.versionHash ?? null, doc)
  if (!filed) return null
  return (
    <p className={`filed-notice${changed ? ' changed' : ''}`} role="note" data-testid="filed-notice" data-changed={changed}>
      {t(changed ? 'versions.filedChanged' : 'versions.filed', { name: versionName(filed, locale) })}
    </p>
  )
}

/** Whether the document, as this page holds it, reads differently from the version hashed `versionHash`. */
function useDiffersFrom(versionHash: string | null, doc: Y.Doc): boolean {
  const [differs, setDiffers] = useState(false)
  useEffect(() => {
    if (!versionHash) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const compare = () => void versionHashOf('claims', doc).then((now) => live && setDiffers(now !== null && now !== versionHash))
    const onUpdate = () => {
      clearTimeout(timer)
      timer = setTimeout(compare, SETTLE_MS)
    }
    compare()
    doc.on('update', onUpdate)
    return () => {
      live = false
      clearTimeout(timer)
      doc.off('update', onUpdate)
    }
  }, [versionHash, doc])
  return differs
}
