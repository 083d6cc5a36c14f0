import type { Editor } from '@tiptap/core'
import type { LocatedFinding } from '../../../shared/editor/analyzePatentDocument'
import { SEVERITIES } from '../../../shared/rules/types'
import { sectionLabel } from '../../../shared/editor/sectionFields'
import { useI18n } from '../../i18n/I18nProvider'
import type { ShownFinding } from '../findingBasis'
import { jumpTo } from '../useDocumentAnalysis'

/** Where a finding is, in words: "Claim 3", "Abstract", "Technical problem", "Objection 2", "Cited document D1". */
function useFindingPlace() {
  const { t, locale } = useI18n()
  return (finding: LocatedFinding): string => {
    if (finding.part === 'claims') return finding.claim === null ? t('findings.wholeSet') : t('findings.claim', { number: finding.claim })
    if (finding.part === 'disclosure') return sectionLabel(finding.field ?? '', locale)
    if (finding.part === 'objections') return t('findings.objection', { number: finding.field ?? '' })
    if (finding.part === 'citedDocuments') return t('findings.citedDocument', { number: finding.field ?? '' })
    return t(`findings.${finding.part}.part`)
  }
}

/**
 * One finding as the list shows it; a click selects the text it is about. It cites the legal basis
 * of its rule in the reader's words; the rule's id is for support only (data-rule).
 */
function FindingItem({ editor, finding }: { editor: Editor | null; finding: ShownFinding }) {
  const { t, rich, locale } = useI18n()
  const place = useFindingPlace()
  return (
    <li>
      <button type="button" className="finding-item" data-rule={finding.rule} onClick={() => editor && jumpTo(editor, finding.from, finding.to)}>
        {/* An objection's or a cited document's finding names it in its message already ("Objection 1 … is not answered"). */}
        {finding.part !== 'objections' && finding.part !== 'citedDocuments' && <span className="finding-place">{place(finding)}</span>}
        {/* A real space, so that the place and the message are read as two words ("Claim 5 Adds"). */}{' '}
        <span className="finding-message">{finding.message[locale]}</span>
        <br />
        <span className="finding-advice muted small">{finding.advice[locale]}</span>
        {/* A citation is cited as written ("35 USC 112(b)" to a Chinese reader too), never machine-translated. */}
        {finding.basis && ' '}
        {finding.basis && (
          <span className="finding-basis">{rich('label.value', { label: t('findings.basis'), value: <span translate="no">{finding.basis[locale]}</span> })}</span>
        )}
      </button>
    </li>
  )
}

/**
 * The findings by severity, then apart the ones someone dismissed (finding triage), which are not
 * counted. `nothingWritten` says that a claim set has no claim written yet: no finding then means
 * nothing checked, not no problem.
 */
export function FindingsPanel({
  editor,
  findings,
  dismissed = [],
  nothingWritten = false,
}: {
  editor: Editor | null
  findings: ShownFinding[]
  dismissed?: ShownFinding[]
  nothingWritten?: boolean
}) {
  const { t, plural } = useI18n()
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length
  return (
    <div className="panel" data-testid="findings-panel">
      <h2 className="sr-only">{t('findings.title')}</h2>
      <p className="muted small" data-testid="findings-count">
        {[plural('findings.errors', count('error')), plural('findings.warnings', count('warning')), plural('findings.notes', count('info'))].join(' · ')}
      </p>
      {findings.length === 0 && (
        <p className="muted" data-testid="findings-none">
          {nothingWritten ? t('findings.nothingWritten') : t('findings.none')}
        </p>
      )}
      {SEVERITIES.filter((severity) => count(severity) > 0).map((severity) => (
        <div key={severity} className={`finding-group ${severity}`}>
          <h3>{t(`severity.${severity}`)}</h3>
          <ul className="findings">
            {findings
              .filter((f) => f.severity === severity)
              .map((f, index) => (
                <FindingItem key={`${f.rule}-${f.from}-${index}`} editor={editor} finding={f} />
              ))}
          </ul>
        </div>
      ))}
      {dismissed.length > 0 && (
        <details className="finding-group dismissed" data-testid="findings-dismissed">
          <summary>{plural('findings.dismissed', dismissed.length)}</summary>
          <ul className="findings">
            {dismissed.map((f, index) => (
              <FindingItem key={`${f.rule}-${f.from}-${index}`} editor={editor} finding={f} />
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
