import type { ClaimReference, ParsedClaim } from '../claims/types'
import { allMatches } from './allMatches'
import type { ClaimSet } from './claimSet'
import { claimFinding } from './finding'
import { categoryGroup, namesSubjectThroughReference } from './subjectNaming'
import type { ClaimRule, Finding, LocalizedText } from './types'

/**
 * A multiple dependent claim refers to the claims in the alternative ("1或2", "claim 1 or 2",
 * "any one of claims 1 to 3"), never cumulatively ("1和2", "1、2", "claims 1 and 2"). Dependent
 * claims, and claims written as one ("根据权利要求1和8所述的方法") whose references mix a product
 * and a method claim, which the parser reads as independent because of the other category. A CN
 * claim of another subject may combine several claims ("包含权利要求1所述的构建体和权利要求13所述的
 * 细胞"). The EPO accepts cumulative references, so EP is not checked.
 */
export const multipleDependencyAlternative: ClaimRule = {
  id: 'claims.multiple-dependency-alternative',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US'],
  severity: 'error',
  source: {
    CN: '专利法实施细则第25条第2款 / Implementing Rules Art. 25(2)',
    US: '35 USC 112(e); 37 CFR 1.75(c)',
  },
  title: {
    'zh-CN': '多项从属权利要求只能以择一方式引用',
    en: 'Multiple dependent claims refer in the alternative only',
  },
  advice: {
    'zh-CN': '改为择一引用（“或”“任一项”），或拆分为多项权利要求。',
    en: 'Refer in the alternative ("or", "any one of"), or split the claim into several claims.',
  },
  check(claimSet: ClaimSet): Finding[] {
    const findings: Finding[] = []
    for (const claim of claimSet.activeClaims) {
      const writtenAsDependent = claim.kind === 'dependent' || namesSubjectThroughReference(claim)
      if (!writtenAsDependent) continue
      for (const reference of claim.references) {
        if (reference.form !== 'cumulative') continue
        const categories = mixedCategories(claimSet, reference)
        // Implementing Rules Art. 25(1): a claim in the dependent form that refers to a product and a method claim at once.
        if (claim.kind !== 'dependent' && categories === null) continue
        const message = cumulativeMessage(claim, reference)
        findings.push(claimFinding(multipleDependencyAlternative, claim, reference.range, categories === null ? message : {
          'zh-CN': `${message['zh-CN']}；${categories['zh-CN']}`,
          en: `${message.en}; ${categories.en}`,
        }))
      }
    }
    return findings
  },
}

// What joins the numbers of a reference: a list ("、", "和", "and", ",") or a range ("至", "-", "to").
const CHINESE_JOINING = /以及|和|及|与|、|,|，|至|到|[-－~～—–]/g
const ENGLISH_JOINING = /and\/or|\band\b|,|\bto\b|\bthrough\b|\bthru\b|[-–—]/gi
const LIST_JOINING = new Set(['以及', '和', '及', '与', '、', ',', '，', 'and/or', 'and'])

/** The message for one cumulative reference, quoting the connective the claim writes. */
function cumulativeMessage(claim: ParsedClaim, reference: ClaimReference): LocalizedText {
  const written = claim.text.slice(reference.range.start, reference.range.end)
  const zh = claim.language === 'zh'
  const joining = allMatches(zh ? CHINESE_JOINING : ENGLISH_JOINING, written).map((match) => match[0].toLowerCase())
  const listed = joining.filter((word) => LIST_JOINING.has(word)).pop()
  if (listed !== undefined) {
    const example = alternativeList(reference.numbers, zh)
    return {
      'zh-CN': `多项从属权利要求只能以择一方式引用在前的权利要求（如“${example}”），不能用“${listed}”`,
      en: `A multiple dependent claim must refer to the other claims in the alternative only ("${example}"), not with "${listed}"`,
    }
  }
  // A range ("权利要求1至3", "claims 1-3") or the preceding claims, without "任一项" / "any one of".
  const alternative = joining.length > 0
    ? (zh ? `${written}中任一项` : `any one of ${written}`)
    : (zh ? '前述任一项权利要求' : 'any one of the preceding claims')
  return {
    'zh-CN': `多项从属权利要求只能以择一方式引用在前的权利要求：应写为“${alternative}”，而不是“${written}”`,
    en: `A multiple dependent claim must refer to the other claims in the alternative only: "${alternative}", not "${written}"`,
  }
}

/** "权利要求1或2", "权利要求1、2或5", "claim 1 or 2", "any one of claims 1, 2 or 5". */
function alternativeList(numbers: readonly number[], zh: boolean): string {
  const last = numbers[numbers.length - 1]
  if (zh) return `权利要求${numbers.slice(0, -1).join('、')}或${last}`
  return numbers.length === 2 ? `claim ${numbers[0]} or ${last}` : `any one of claims ${numbers.slice(0, -1).join(', ')} or ${last}`
}

/** The product and the method claims a reference names together; null unless it names both. */
function mixedCategories(claimSet: ClaimSet, reference: ClaimReference): LocalizedText | null {
  const products: number[] = []
  const processes: number[] = []
  for (const number of reference.numbers) {
    const group = categoryGroup(claimSet.claim(number)?.category ?? null)
    if (group === 'product') products.push(number)
    if (group === 'process') processes.push(number)
  }
  if (products.length === 0 || processes.length === 0) return null
  const claims = (numbers: readonly number[]) => `claim${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`
  return {
    'zh-CN': `且所引用的权利要求${products.join('、')}（产品）与权利要求${processes.join('、')}（方法）类型不同，从属权利要求只能引用同一类型的权利要求`,
    en: `and ${claims(products)} (${products.length > 1 ? 'products' : 'a product'}) and ${claims(processes)} (${processes.length > 1 ? 'methods' : 'a method'}) are of different categories, while a dependent claim refers only to claims of its own category`,
  }
}
