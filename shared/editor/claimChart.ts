import type { Locale } from '../i18n/locale'

/** How much of a feature a cited document shows. */
export type Disclosure = 'disclosed' | 'partly' | 'not'

export const DISCLOSURES: readonly Disclosure[] = ['disclosed', 'partly', 'not']

export interface ChartCell {
  state: Disclosure
  /** Where the document shows it: "[0023], Fig. 2". */
  passage: string
}

/**
 * The inventive-step analysis of one objection (the three-step method, Guidelines II-4 3.2.1.1):
 * the independent claim split into features, what each cited document discloses of each, the
 * closest prior art, and the problem the distinguishing features actually solve. Kept as JSON in
 * the objection's `chart` attribute.
 */
export interface ClaimChart {
  /** The claim charted, by its number among the amended claims. */
  claim: number | null
  /** The closest prior art, as its D-number. */
  closest: number | null
  features: string[]
  /** Keyed `<feature index>:<D-number>`; a feature without a cell is not disclosed. */
  cells: Record<string, ChartCell>
  problem: string
  problemPassage: string
}

export const emptyClaimChart = (): ClaimChart => ({ claim: null, closest: null, features: [], cells: {}, problem: '', problemPassage: '' })

export const cellKey = (feature: number, cited: number): string => `${feature}:${cited}`

/** The chart kept in an objection's `chart` attribute; an empty chart when there is none or it is unreadable. */
export function readClaimChart(attribute: unknown): ClaimChart {
  if (typeof attribute !== 'string' || attribute === '') return emptyClaimChart()
  try {
    const value = JSON.parse(attribute) as Partial<ClaimChart>
    return {
      ...emptyClaimChart(),
      ...value,
      features: Array.isArray(value.features) ? value.features.filter((f): f is string => typeof f === 'string') : [],
      cells: value.cells && typeof value.cells === 'object' ? value.cells : {},
    }
  } catch {
    return emptyClaimChart()
  }
}

export const writeClaimChart = (chart: ClaimChart): string => JSON.stringify(chart)

/**
 * A claim split into its features, one per clause: at the two-part form's "其特征在于" /
 * "characterised in that" / "wherein", and at the commas, semicolons and colons between clauses.
 */
export function splitFeatures(claim: string): string[] {
  return claim
    .replace(/[。.]\s*$/, '')
    .split(/其特征在于|characteri[sz]ed in that|wherein|[，；：;:]|,\s+|\n/i)
    .map((feature) => feature.trim().replace(/^(?:and|以及|和)\s*/i, ''))
    .filter((feature) => feature.length > 1)
}

/** The features the closest prior art does not disclose in full: the distinguishing features. */
export function distinguishingFeatures(chart: ClaimChart): string[] {
  if (chart.closest === null) return []
  return chart.features.filter((_, index) => chart.cells[cellKey(index, chart.closest!)]?.state !== 'disclosed')
}

/** The distinguishing features and the problem they solve, as a paragraph of the argument in the document's language. */
export function distinguishingParagraph(chart: ClaimChart, locale: Locale): string {
  const features = distinguishingFeatures(chart)
  const closest = chart.closest === null ? '' : `D${chart.closest}`
  const passage = chart.problemPassage ? (locale === 'zh-CN' ? `（${chart.problemPassage}）` : ` (${chart.problemPassage})`) : ''
  if (locale === 'zh-CN') {
    const listed = features.map((f, i) => `${i + 1}）${f}`).join('；')
    const problem = chart.problem ? `基于上述区别技术特征，本发明实际解决的技术问题是${chart.problem}${passage}。` : ''
    return `${closest}是最接近的现有技术。权利要求${chart.claim ?? ''}与${closest}的区别技术特征在于：${listed}。${problem}`
  }
  const listed = features.map((f, i) => `(${i + 1}) ${f}`).join('; ')
  const problem = chart.problem ? ` The problem these features actually solve is ${chart.problem}${passage}.` : ''
  return `${closest} is the closest prior art. Claim ${chart.claim ?? ''} differs from ${closest} in: ${listed}.${problem}`
}
