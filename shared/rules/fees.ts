import type { ParsedClaim } from '../claims/types'
import type { ClaimSet } from './claimSet'
import { FEE_SCHEDULE } from './feeSchedule'
import { claimSetFinding } from './finding'
import type { ClaimRule, Finding, LocalizedText } from './types'

// Made once: toLocaleString() sets up a new number format on every call.
const AMOUNT = new Intl.NumberFormat('en-US')
const amount = (value: number) => AMOUNT.format(value)

/**
 * Excess-claim fees, stated with the count and the excess: CN for each claim beyond 10; EP for
 * each claim beyond 15, more beyond 50; US for each independent claim beyond 3 and each claim
 * beyond 20, counted as 37 CFR 1.75(c) asks, plus the multiple dependent claim fee. Amounts come
 * from FEE_SCHEDULE; nothing is reported while no fee is due.
 */
export const fees: ClaimRule = {
  id: 'claims.fees',
  appliesTo: 'claims',
  jurisdictions: ['CN', 'US', 'EP'],
  severity: 'info',
  source: {
    CN: FEE_SCHEDULE.CN.source,
    US: `${FEE_SCHEDULE.US.source}; 37 CFR 1.75(c); MPEP 608.01(n)`,
    EP: FEE_SCHEDULE.EP.source,
  },
  title: {
    'zh-CN': '权利要求附加费',
    en: 'Excess-claim fees',
  },
  advice: {
    'zh-CN': '如不需要这些权利要求，合并或删除部分权利要求以避免附加费。',
    en: 'If the extra claims are not needed, merge or delete some to avoid the excess-claim fee.',
  },
  check(claimSet: ClaimSet): Finding[] {
    if (claimSet.jurisdiction === 'US') {
      const us = usFees(claimSet)
      return us === null ? [] : [{ ...claimSetFinding(fees, us.message), advice: us.advice }]
    }
    const message = claimSet.jurisdiction === 'EP' ? epFees(claimSet.activeClaims.length) : cnFees(claimSet.activeClaims.length)
    return message === null ? [] : [claimSetFinding(fees, message)]
  },
}

/** A US multiple dependent claim costs a fee of its own, however many claims there are: it is what to change. */
const MULTIPLE_DEPENDENT_ADVICE: LocalizedText = {
  'zh-CN': '把多项从属权利要求改写为几项各引用一项权利要求的从属权利要求，可免缴多项从属权利要求费。',
  en: 'Rewriting the multiple dependent claim as dependent claims that each refer to one claim avoids the multiple dependent claim fee.',
}

function cnFees(count: number): LocalizedText | null {
  const { includedClaims, perExcessClaim } = FEE_SCHEDULE.CN
  const excess = count - includedClaims
  if (excess <= 0) return null
  const total = amount(excess * perExcessClaim)
  return {
    'zh-CN': `共${count}项权利要求，超出${includedClaims}项的${excess}项须缴纳权利要求附加费：${excess} × ${perExcessClaim}元 = ${total}元`,
    en: `${count} claims: the ${excess} beyond ${includedClaims} incur the claims surcharge, ${excess} × CNY ${perExcessClaim} = CNY ${total}`,
  }
}

function epFees(count: number): LocalizedText | null {
  const { includedClaims, higherFeeFrom, perClaimUpTo50, perClaimFrom51 } = FEE_SCHEDULE.EP
  const excess = count - includedClaims
  if (excess <= 0) return null
  const higher = Math.max(0, count - higherFeeFrom + 1)
  const lower = excess - higher
  const total = amount(lower * perClaimUpTo50 + higher * perClaimFrom51)
  const higherPart = higher > 0 ? { zh: ` + ${higher} × ${perClaimFrom51}欧元`, en: ` + ${higher} × EUR ${perClaimFrom51}` } : { zh: '', en: '' }
  return {
    'zh-CN': `共${count}项权利要求，超出${includedClaims}项的${excess}项须缴纳权利要求费：${lower} × ${perClaimUpTo50}欧元${higherPart.zh} = ${total}欧元`,
    en: `${count} claims: the ${excess} beyond ${includedClaims} incur claims fees, ${lower} × EUR ${perClaimUpTo50}${higherPart.en} = EUR ${total}`,
  }
}

function usFees(claimSet: ClaimSet): { message: LocalizedText; advice: LocalizedText } | null {
  const schedule = FEE_SCHEDULE.US
  const counted = usClaimCount(claimSet)
  const independent = claimSet.activeClaims.filter((claim) => claim.kind === 'independent').length
  const excessClaims = Math.max(0, counted.total - schedule.includedClaims)
  const excessIndependent = Math.max(0, independent - schedule.includedIndependentClaims)
  if (excessClaims === 0 && excessIndependent === 0 && !counted.multipleDependent) return null
  const zh: string[] = []
  const en: string[] = []
  let total = 0
  if (excessClaims > 0) {
    total += excessClaims * schedule.perExcessClaim
    zh.push(`超出${schedule.includedClaims}项的${excessClaims}项 × $${schedule.perExcessClaim}`)
    en.push(`${excessClaims} beyond ${schedule.includedClaims} × $${schedule.perExcessClaim}`)
  }
  if (excessIndependent > 0) {
    total += excessIndependent * schedule.perExcessIndependentClaim
    zh.push(`超出${schedule.includedIndependentClaims}项的独立权利要求${excessIndependent}项 × $${schedule.perExcessIndependentClaim}`)
    en.push(`${excessIndependent} independent beyond ${schedule.includedIndependentClaims} × $${schedule.perExcessIndependentClaim}`)
  }
  if (counted.multipleDependent) {
    total += schedule.multipleDependentClaimFee
    zh.push(`多项从属权利要求费 $${schedule.multipleDependentClaimFee}`)
    en.push(`multiple dependent claim fee $${schedule.multipleDependentClaimFee}`)
  }
  const message = {
    'zh-CN': `按37 CFR 1.75(c)计为${counted.total}项权利要求（独立权利要求${independent}项）：${zh.join('；')}；合计$${amount(total)}（${schedule.entity['zh-CN']}）`,
    en: `${counted.total} claims counted under 37 CFR 1.75(c) (${independent} independent): ${en.join('; ')}; total $${amount(total)} (${schedule.entity.en})`,
  }
  if (!counted.multipleDependent) return { message, advice: fees.advice }
  const excess = excessClaims > 0 || excessIndependent > 0
  const advice = excess
    ? { 'zh-CN': `${fees.advice['zh-CN']}${MULTIPLE_DEPENDENT_ADVICE['zh-CN']}`, en: `${fees.advice.en} ${MULTIPLE_DEPENDENT_ADVICE.en}` }
    : MULTIPLE_DEPENDENT_ADVICE
  return { message, advice }
}

/**
 * A proper multiple dependent claim counts as the number of claims it refers to, and so does
 * every claim depending from it, directly or indirectly (MPEP 608.01(n), part G); an improper
 * one (cumulative, or based on another multiple dependent claim) counts as one.
 */
function usClaimCount(claimSet: ClaimSet): { total: number; multipleDependent: boolean } {
  const memo = new Map<ParsedClaim, number>()
  const visiting = new Set<ParsedClaim>()
  let multipleDependent = false
  const isProperMultiple = (claim: ParsedClaim) =>
    claimSet.isMultipleDependent(claim)
    && claim.references.every((reference) => reference.form !== 'cumulative')
    && claim.dependsOn.every((number) => {
      const basis = claimSet.claim(number)
      return basis === undefined || !claimSet.isMultipleDependent(basis)
    })
  const count = (claim: ParsedClaim): number => {
    const known = memo.get(claim)
    if (known !== undefined) return known
    let value = 1
    if (isProperMultiple(claim)) {
      multipleDependent = true
      value = claim.dependsOn.length
    } else if (claim.kind === 'dependent' && claim.dependsOn.length === 1 && !visiting.has(claim)) {
      const parent = claimSet.claim(claim.dependsOn[0] ?? 0)
      visiting.add(claim)
      if (parent !== undefined && parent !== claim) value = count(parent)
      visiting.delete(claim)
    }
    memo.set(claim, value)
    return value
  }
  const total = claimSet.activeClaims.reduce((sum, claim) => sum + count(claim), 0)
  return { total, multipleDependent }
}
