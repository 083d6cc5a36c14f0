import { findClaimReferences } from '../claims/claimReferences'
import { detectClaimLanguage } from '../claims/claimLanguage'

interface ReferenceNumber {
  value: number
  start: number
  end: number
}

/** Every number written inside a claim's references ("claim 3", "权利要求2或3"), in order. */
function referenceNumbers(text: string, ownNumber: number): ReferenceNumber[] {
  return findClaimReferences(text, 0, ownNumber, detectClaimLanguage(text)).flatMap((reference) =>
    [...text.slice(reference.range.start, reference.range.end).matchAll(/\d+/g)].map((match) => {
      const start = reference.range.start + match.index
      return { value: Number(match[0]), start, end: start + match[0].length }
    }),
  )
}

/**
 * A claim's text with its references written in the numbering it was examined under. `numbers`
 * maps the reply's numbering (the editor renumbers on every cancellation) to the examined one.
 * Where `examined` — the claim as examined — has as many reference numbers, each is read against
 * its counterpart: a number that maps onto it followed a renumbering and is written back; a
 * number equal to it was left as written (the editor leaves a cancelled claim's number alone);
 * any other is a real change and is mapped. `ownNumber` is the claim's number in the reply.
 */
export function referencesAsExamined(text: string, ownNumber: number, numbers: ReadonlyMap<number, number>, examined: string | null): string {
  const written = referenceNumbers(text, ownNumber)
  const before = examined === null ? [] : referenceNumbers(examined, numbers.get(ownNumber) ?? ownNumber)
  const paired = before.length === written.length
  let result = ''
  let copied = 0
  written.forEach((number, index) => {
    const counterpart = paired ? before[index]!.value : undefined
    const value = counterpart === number.value ? number.value : (numbers.get(number.value) ?? number.value)
    result += text.slice(copied, number.start) + String(value)
    copied = number.end
  })
  return result + text.slice(copied)
}
