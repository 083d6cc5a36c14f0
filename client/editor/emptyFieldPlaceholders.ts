import { Placeholder } from '@tiptap/extensions'
import type { PlaceholderName } from '../i18n/placeholderWords'

/** What belongs in an empty title, claim, cited document or paragraph. */
const PLACEHOLDERS: Record<string, PlaceholderName> = {
  documentTitle: 'title',
  claim: 'claim',
  citedDocument: 'cited',
  paragraph: 'text',
}

/**
 * Every empty field says what to write in it. Its decoration names the placeholder
 * (`data-placeholder="claim"`), and the stylesheet shows the words of the CSS variable of that
 * name (`--placeholder-claim`), set for the page's language (placeholderWords.ts). Words held in
 * the decorations stayed in the language they were drawn in: Tiptap draws them anew only where
 * the text or the selection changed. Other empty nodes get an empty placeholder, which the
 * stylesheet does not show.
 */
export function emptyFieldPlaceholders() {
  return Placeholder.configure({
    showOnlyCurrent: false,
    includeChildren: true,
    placeholder: ({ node }) => PLACEHOLDERS[node.type.name] ?? '',
  })
}
