import { MAX_IMPORT_BYTES } from '../../shared/files/importLimits'
import { ApiRequestError } from '../api'
import { describeProblem } from '../i18n/describeProblem'
import type { Translate } from '../i18n/I18nProvider'

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024

/** A failed import or export in the reader's language: the file's own problems said as such, the rest as any request's. */
export function describeFileProblem(error: unknown, t: Translate): string {
  if (error instanceof ApiRequestError) {
    switch (error.code) {
      case 'not_docx':
        return t('import.error.not_docx')
      case 'docx_encrypted':
        return t('import.error.docx_encrypted')
      case 'nothing_to_import':
        return t('import.error.nothing_to_import')
      case 'no_claims_found':
        // The server names the source: pasted text has no file and no Word numbering to speak of.
        return t(error.details.source === 'text' ? 'import.error.no_claims_found_in_text' : 'import.error.no_claims_found')
      case 'too_large':
        return t('import.error.too_large', { size: MAX_MB })
      case 'busy':
        return t('files.error.busy')
      case 'timeout':
        return t('files.error.timeout')
    }
  }
  return describeProblem(error, t)
}
