import type { Jurisdiction } from '../../shared/claims/types'
import type { DocumentKind } from '../../shared/domain/documentKinds'
import { DOCUMENT_POLICY, type DocumentAction } from '../../shared/domain/policy'
import type { Role } from '../../shared/domain/roles'
import type { Locale } from '../../shared/i18n/locale'
import { CloseCode } from '../../shared/sync/closeCodes'
import { useI18n } from '../i18n/I18nProvider'
import { Link } from '../router'
import { describeClose } from './closeCodeMessages'
import type { CollaborationStatus } from './useCollaboration'
import { dateLocale } from '../i18n/dateLocale'

/** Connection, saving, why the server closed the socket, the office, and what the reader may do. */
export function StatusBar({
  status,
  jurisdiction,
  kind,
  canEdit,
  permissions,
  role,
  typedReadOnly,
  onDiscardUnsaved,
}: {
  status: CollaborationStatus
  jurisdiction: Jurisdiction
  kind: DocumentKind
  canEdit: boolean
  /** What the reader's role may do on this document: a read-only reader is told what that is. */
  permissions: readonly DocumentAction[]
  /** The reader's role on the matter when the page loaded: a team seat may differ from the workspace role shown in the header. */
  role: Role
  /** How often a read-only reader typed into the text: each time the notice is shown again. */
  typedReadOnly: number
  /** Drops this device's edits the server will not take, and shows the text as stored. */
  onDiscardUnsaved?: () => void
}) {
  const { t, plural, locale } = useI18n()
  // Edits made before the role changed (or typed offline) that the server now refuses: never "saving".
  const save = !canEdit && status.pendingCount > 0 ? 'refused' : status.save
  // Who changes the text of this kind, from the policy the server enforces, and what this reader may do instead.
  // A reader whose role changed while the page was open: what the page loaded with no longer says what they may do.
  const readOnly = permissions.includes('document.edit')
    ? t('document.readOnlyNow')
    : t('document.readOnly', {
        role: t(`role.${role}`),
        editors: DOCUMENT_POLICY[kind]['document.edit'].map((editor) => t(`editors.${editor}`)).join(t('document.readOnly.and')),
        what: t(permissions.includes('document.suggest') ? 'document.readOnly.commentAndSuggest' : 'document.readOnly.comment'),
      })
  return (
    <div className="status-bar" data-testid="status-bar" aria-label={t('document.status')} role="group">
      {/* Announced when it changes; saving is not, as it changes with every keystroke. */}
      <span role="status" className={`connection ${status.connection}`} data-testid="connection-state" data-state={status.connection}>
        {t(`connection.${status.connection}`)}
      </span>
      <span className={`save ${save}`} data-testid="save-state" data-state={save} data-count={status.pendingCount} role={save === 'refused' ? 'status' : undefined}>
        {save === 'saved' || save === 'saving'
          ? t(`save.${save}`)
          : status.pendingSince !== null
            ? t(`save.${save}Since`, { time: momentOf(status.pendingSince, locale) })
            : plural(`save.${save}`, status.pendingCount)}
        {save === 'refused' && status.connection === 'online' && onDiscardUnsaved && (
          <button type="button" onClick={onDiscardUnsaved}>
            {t('save.discard')}
          </button>
        )}
      </span>
      {status.closeCode !== null && (
        <span role="status" className="close-reason" data-testid="close-reason" data-code={status.closeCode}>
          {describeClose(status.closeCode, t)}
          {status.closeCode === CloseCode.SessionEnded && (
            <>
              {' '}
              <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('login.submit')}</Link>
            </>
          )}
        </span>
      )}
      <span className="badge">{t(`jurisdiction.${jurisdiction}`)}</span>
      {!canEdit && (
        // Drawn anew after each attempt to type, so that it catches the eye and is announced.
        <span
          key={typedReadOnly}
          className={typedReadOnly > 0 ? 'read-only attention' : 'muted'}
          data-testid="read-only"
          role={typedReadOnly > 0 ? 'status' : undefined}
        >
          {readOnly}
        </span>
      )}
      {canEdit && kind !== 'disclosure' && (
        <span className="muted small hint">
          <kbd translate="no">Alt+↑/↓</kbd> {t('editor.claimsHint')}
        </span>
      )}
    </div>
  )
}

/** A moment of today by its time ("10:32"), of another day with its date. */
function momentOf(at: number, locale: Locale): string {
  const sameDay = new Date(at).toDateString() === new Date().toDateString()
  const parts: Intl.DateTimeFormatOptions = sameDay ? { hour: '2-digit', minute: '2-digit' } : { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }
  return new Intl.DateTimeFormat(dateLocale(locale), parts).format(at)
}
