import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { VersionDetail } from '../../shared/editor/versionApi'
import { editorExtensions } from '../editor/editorExtensions'
import { useI18n } from '../i18n/I18nProvider'
import { versionName } from './versionLabel'
import { dateLocale } from '../i18n/dateLocale'

/**
 * An old version drawn as the editor draws the document, read-only: nothing in it can be changed or
 * sent. It is drawn over the page from the body: opened from the sticky side panel, which stacks on
 * its own, the editor's sticky status bar covered it.
 */
export function VersionPreview({ version, kind, onClose }: { version: VersionDetail; kind: DocumentKind; onClose(): void }) {
  const { t, locale } = useI18n()
  const currentLocale = useRef(locale)
  currentLocale.current = locale
  const editor = useEditor({ editable: false, extensions: editorExtensions(kind, () => currentLocale.current), content: version.content }, [version])
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [version])
  return createPortal(
    <div
      className="version-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="version-preview-title"
      data-testid="version-preview"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div className="version-overlay-body">
        <p className="version-overlay-head">
          <strong id="version-preview-title">
            {t('versions.readOnly', { name: versionName(version, locale), person: version.createdBy.name, date: new Date(version.createdAt).toLocaleString(dateLocale(locale)) })}
          </strong>
          <button type="button" ref={close} onClick={onClose}>
            {t('versions.close')}
          </button>
        </p>
        <EditorContent editor={editor} className={`editor kind-${kind}`} translate="no" />
      </div>
    </div>,
    document.body,
  )
}
