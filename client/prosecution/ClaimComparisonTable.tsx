import type { ClaimComparison } from '../../shared/editor/compareClaims'
import { useI18n } from '../i18n/I18nProvider'

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
        {claims.map((claim, index) => (
          <tr key={index} data-status={claim.status}>
            <td>{claim.number ?? '—'}</td>
            <td>{claim.previousNumber ?? '—'}</td>
            <td>{t(`compare.status.${claim.status}`)}</td>
            <td translate="no">
              {claim.status === 'unchanged'
                ? claim.text
                : claim.segments.map((segment, i) =>
                    segment.type === 'insert' ? <ins key={i}>{segment.text}</ins> : segment.type === 'delete' ? <del key={i}>{segment.text}</del> : <span key={i}>{segment.text}</span>,
                  )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
