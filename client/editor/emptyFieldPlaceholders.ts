import { Placeholder } from '@tiptap/extensions'
import type { Locale } from '../../shared/i18n/locale'
import { MESSAGES, type MessageKey } from '../i18n/messages'

/** What belongs in an empty title, claim, cited document or paragraph. */
const PLACEHOLDERS: Record<string, MessageKey> = {
  documentTitle: 'placeholder.title',
  claim: 'placeholder.claim',
  citedDocument: 'placeholder.cited',
  paragraph: 'placeholder.text',
}

/**
 * Every empty field says what to write in it, in the reader's language (read when the
 * placeholders are drawn, so a language switch shows at the next redraw). Other empty nodes
 * get an empty placeholder, which the stylesheet does not show.
 */
export function emptyFieldPlaceholders(locale: () => Locale) {
  return Placeholder.configure({
    showOnlyCurrent: false,
    includeChildren: true,
    placeholder: ({ node }) => {
      const key = PLACEHOLDERS[node.type.name]
      return key ? MESSAGES[locale()][key] : ''
    },
  })
}
