import type { PatentDocumentContent } from '../editor/readPatentDocument'
import type { Finding } from '../rules/types'

/** The text a finding is about: its claim's or part's text. */
function partText(finding: Finding, content: PatentDocumentContent): string {
  if (finding.part === 'claims') {
    const claim = finding.claim === null ? undefined : content.claimLists[0]?.claims[finding.claim - 1]
    return claim?.text ?? ''
  }
  if (finding.part === 'title' || finding.field === 'title') return content.title.text
  return content.sections.get(finding.field ?? finding.part)?.text ?? ''
}

/**
 * What identifies a finding for triage: its rule, where it is, and the text it flags — so a
 * dismissed finding stays dismissed while that text is unchanged, even when its claim moves, and
 * comes back when the text changes. A finding on the whole claim set flags its message (the fee
 * finding names the count). A rule that can flag one text for different reasons names which
 * (`variant`), and the key keeps it apart.
 */
export function findingKey(finding: Finding, content: PatentDocumentContent): string {
  const flagged = finding.end > finding.start ? partText(finding, content).slice(finding.start, finding.end) : ''
  const subject = flagged || (finding.claim === null ? finding.message.en : partText(finding, content))
  const key = [finding.rule, finding.part, finding.field ?? '', subject].join('|')
  return finding.variant ? `${key}|${finding.variant}` : key
}
