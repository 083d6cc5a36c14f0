import type { ClaimComparison } from '../../shared/editor/compareClaims'
import { useI18n } from '../i18n/I18nProvider'

/** A claim of the comparison, or a run of unchanged claims folded into one row. */
type Row = { claim: ClaimComparison } | { unchanged: ClaimComparison[] }

// Two or more unchanged claims in a row are one row: what a reader compares for is the changes.
function rowsOf(claims: readonly ClaimComparison[]): Row[] {
  const rows: Row[] = []
  let run: ClaimComparison[] = []
  const endRun = () => {
    if (run.length === 1) rows.push({ claim: run[0]! })
    else if (run.length > 1) rows.push({ unchanged: run })
    run = []
  }
  for (const claim of claims) {
    if (claim.status === 'unchanged') {
      run.push(claim)
      continue
    }
    endRun()
    rows.push({ claim })
  }
  endRun()
  return rows
}

// "3–7" for consecutive numbers, else "3, 5, 8".
function numbersOf(run: readonly ClaimComparison[]): string {
  const numbers = run.map((claim) => claim.number ?? claim.previousNumber ?? 0)
  const consecutive = numbers.every((number, index) => index === 0 || number === numbers[index - 1]! + 1)
  return consecutive ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ')
}

/** Two versions' claims side by side in one column: insertions underlined, deletions struck through. */
export function ClaimComparisonTable({ claims }: { claims: ClaimComparison[] }) {
  const { t } = useI18n()
  if (claims.length === 0) return <p className="muted">{t('compare.none')}</p>
  return (
    <table data-testid="claim-comparison">
      <thead>
        <tr>
          <th scope="col">{t('compare.number')}</th>
          <th scope="col">{t('compare.previous')}</th>
          <th scope="col">{t('compare.status')}</th>
          <th scope="col">{t('compare.text')}</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(claims).map((row, index) =>
          'unchanged' in row ? (
            <tr key={index} data-status="unchanged">
              <td colSpan={4}>
                <details>
                  <summary>{t('compare.unchangedRun', { claims: numbersOf(row.unchanged) })}</summary>
                  <ol className="unchanged-claims">
                    {row.unchanged.map((claim, i) => (
                      <li key={i} value={claim.number ?? undefined} translate="no">
                        {claim.text}
                      </li>
                    ))}
                  </ol>
                </details>
              </td>
            </tr>
          ) : (
            <tr key={index} data-status={row.claim.status}>
              <td>{row.claim.number ?? '—'}</td>
              <td>{row.claim.previousNumber ?? '—'}</td>
              <td>{t(`compare.status.${row.claim.status}`)}</td>
              <td translate="no">
                {row.claim.status === 'unchanged'
                  ? row.claim.text
                  : row.claim.segments.map((segment, i) =>
                      segment.type === 'insert' ? <ins key={i}>{segment.text}</ins> : segment.type === 'delete' ? <del key={i}>{segment.text}</del> : <span key={i}>{segment.text}</span>,
                    )}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
