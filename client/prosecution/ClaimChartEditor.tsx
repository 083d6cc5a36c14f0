import {
  cellKey,
  DISCLOSURES,
  distinguishingFeatures,
  distinguishingParagraph,
  splitFeatures,
  type ClaimChart,
  type Disclosure,
} from '../../shared/editor/claimChart'
import type { Locale } from '../../shared/i18n/locale'
import { AttributeField } from '../editor/nodeViews/AttributeField'
import { useI18n } from '../i18n/I18nProvider'

interface Props {
  chart: ClaimChart
  onChange(chart: ClaimChart): void
  /** The amended claims' texts, by number from 1. */
  claims: string[]
  citedCount: number
  readOnly: boolean
  /** The language the reply is written in, for the paragraph inserted into the argument. */
  documentLocale: Locale
  insertIntoArgument(paragraph: string): void
}

/**
 * The inventive-step analysis of an objection: the claim split into features, what each cited
 * document discloses of each with the passage, the closest prior art, the distinguishing features
 * that follow from it and the problem they actually solve — insertable into the argument.
 */
export function ClaimChartEditor({ chart, onChange, claims, citedCount, readOnly, documentLocale, insertIntoArgument }: Props) {
  const { t } = useI18n()
  const cited = Array.from({ length: citedCount }, (_, i) => i + 1)
  const claimNumber = chart.claim ?? 1
  const change = (part: Partial<ClaimChart>) => onChange({ ...chart, ...part })
  const setCell = (feature: number, document: number, part: Partial<{ state: Disclosure; passage: string }>) => {
    const key = cellKey(feature, document)
    const cell = chart.cells[key] ?? { state: 'not', passage: '' }
    change({ cells: { ...chart.cells, [key]: { ...cell, ...part } } })
  }
  const distinguishing = distinguishingFeatures(chart)
  return (
    <details className="claim-chart" data-testid="claim-chart" open={chart.features.length > 0}>
      <summary>{t('chart.title')}</summary>
      <div className="claim-chart-row">
        <label>
          {t('chart.claim')}
          <select value={claimNumber} disabled={readOnly} onChange={(e) => change({ claim: Number(e.target.value) })}>
            {claims.map((_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="small"
          disabled={readOnly || !claims[claimNumber - 1]}
          data-testid="chart-split"
          onClick={() => {
            // Splitting again starts the chart over: the analysis written into it is asked about first.
            const analysed = Object.values(chart.cells).some((cell) => cell.state !== 'not' || cell.passage.trim() !== '')
            if (analysed && !window.confirm(t('chart.splitAgain'))) return
            change({ claim: claimNumber, features: splitFeatures(claims[claimNumber - 1] ?? ''), cells: {} })
          }}
        >
          {t('chart.split')}
        </button>
        <label>
          {t('chart.closest')}
          <select
            value={chart.closest ?? ''}
            disabled={readOnly}
            data-testid="chart-closest"
            onChange={(e) => change({ closest: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">—</option>
            {cited.map((d) => (
              <option key={d} value={d}>
                D{d}
              </option>
            ))}
          </select>
        </label>
      </div>
      {chart.features.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chart.feature')}</th>
              {cited.map((d) => (
                <th scope="col" key={d}>
                  D{d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.features.map((feature, index) => (
              <tr key={index}>
                <td>
                  <AttributeField
                    label={`${t('chart.feature')} ${index + 1}`}
                    labelHidden
                    value={feature}
                    readOnly={readOnly}
                    onChange={(value) => change({ features: chart.features.map((f, i) => (i === index ? value : f)) })}
                  />
                </td>
                {cited.map((d) => {
                  const cell = chart.cells[cellKey(index, d)] ?? { state: 'not' as const, passage: '' }
                  return (
                    <td key={d} data-state={cell.state}>
                      <select
                        value={cell.state}
                        disabled={readOnly}
                        aria-label={`D${d} · ${t('chart.feature')} ${index + 1}`}
                        data-testid={`chart-cell-${index + 1}-D${d}`}
                        onChange={(e) => setCell(index, d, { state: e.target.value as Disclosure })}
                      >
                        {DISCLOSURES.map((state) => (
                          <option key={state} value={state}>
                            {t(`chart.${state}`)}
                          </option>
                        ))}
                      </select>
                      {cell.state !== 'not' && (
                        <AttributeField
                          label={`${t('chart.passage')} D${d} · ${index + 1}`}
                          labelHidden
                          placeholder={t('chart.passage')}
                          value={cell.passage}
                          readOnly={readOnly}
                          size={10}
                          onChange={(passage) => setCell(index, d, { passage })}
                        />
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chart.closest !== null && chart.features.length > 0 && (
        <div data-testid="chart-distinguishing">
          <strong>{t('chart.distinguishing')}</strong>
          {distinguishing.length === 0 ? (
            <p className="muted small">{t('chart.noDistinguishing')}</p>
          ) : (
            <ol>
              {distinguishing.map((feature, i) => (
                <li key={i}>{feature}</li>
              ))}
            </ol>
          )}
        </div>
      )}
      <div className="claim-chart-row">
        <AttributeField label={t('chart.problem')} value={chart.problem} readOnly={readOnly} onChange={(problem) => change({ problem })} testId="chart-problem" />
        <AttributeField label={t('chart.problemPassage')} value={chart.problemPassage} readOnly={readOnly} size={12} onChange={(problemPassage) => change({ problemPassage })} />
        <button
          type="button"
          className="small"
          disabled={readOnly || distinguishing.length === 0}
          data-testid="chart-insert"
          onClick={() => insertIntoArgument(distinguishingParagraph(chart, documentLocale))}
        >
          {t('chart.insert')}
        </button>
      </div>
    </details>
  )
}
