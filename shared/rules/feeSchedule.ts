/**
 * Official excess-claim fees. The amounts change with each fee revision of the office: when one
 * takes effect, update the amounts here and `checked` (the month they were last verified against
 * the source). Nothing else in the code holds a fee amount.
 */
export const FEE_SCHEDULE = {
  CN: {
    currency: 'CNY',
    includedClaims: 10,
    perExcessClaim: 150,
    source: '国家知识产权局专利收费标准：权利要求附加费，从第11项起每项150元 / CNIPA fee schedule: claims surcharge',
    checked: '2025-01',
  },
  US: {
    currency: 'USD',
    entity: { 'zh-CN': '大实体，无费用减免', en: 'large entity, no fee reduction' },
    includedClaims: 20,
    includedIndependentClaims: 3,
    perExcessClaim: 200,
    perExcessIndependentClaim: 600,
    multipleDependentClaimFee: 925,
    source: '37 CFR 1.16(h), (i), (j), as set by the FY2025 fee rule (89 FR 91898), in force since 2025-01-19',
    checked: '2025-01',
  },
  EP: {
    currency: 'EUR',
    includedClaims: 15,
    higherFeeFrom: 51,
    perClaimUpTo50: 275,
    perClaimFrom51: 685,
    source: 'EPC Rule 45; Rules relating to Fees Art. 2(1) item 15, fee schedule in force since 2024-04-01',
    checked: '2024-04',
  },
} as const
