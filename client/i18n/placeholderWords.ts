import type { Locale } from '../../shared/i18n/locale'
import { MESSAGES, type MessageKey } from './messages'

/** The placeholders of the editors' empty fields, each with its words (client/editor/emptyFieldPlaceholders.ts). */
const PLACEHOLDER_MESSAGES = {
  title: 'placeholder.title',
  claim: 'placeholder.claim',
  cited: 'placeholder.cited',
  text: 'placeholder.text',
  // What each field of a disclosure form asks the inventor for (the stylesheet picks them by field).
  'field-technicalField': 'placeholder.field.technicalField',
  'field-background': 'placeholder.field.background',
  'field-technicalProblem': 'placeholder.field.technicalProblem',
  'field-technicalSolution': 'placeholder.field.technicalSolution',
  'field-keyFeatures': 'placeholder.field.keyFeatures',
  'field-beneficialEffects': 'placeholder.field.beneficialEffects',
  'field-drawings': 'placeholder.field.drawings',
  'field-referenceNumerals': 'placeholder.field.referenceNumerals',
  'field-embodiments': 'placeholder.field.embodiments',
  'field-protectionPoints': 'placeholder.field.protectionPoints',
  'field-priorArtSearch': 'placeholder.field.priorArtSearch',
  'field-inventors': 'placeholder.field.inventors',
  'field-priorPublication': 'placeholder.field.priorPublication',
} satisfies Record<string, MessageKey>

export type PlaceholderName = keyof typeof PLACEHOLDER_MESSAGES

/**
 * Sets the placeholders' words for `locale` as CSS variables (`--placeholder-claim`…), which the
 * stylesheet shows in every editor on the page. Apart from the editor, so that the page sets them
 * without loading it.
 */
export function showPlaceholdersIn(locale: Locale, root: HTMLElement = document.documentElement): void {
  for (const [name, key] of Object.entries(PLACEHOLDER_MESSAGES)) {
    // A CSS string: JSON's quoting and escapes are CSS's too.
    root.style.setProperty(`--placeholder-${name}`, JSON.stringify(MESSAGES[locale][key]))
  }
}
