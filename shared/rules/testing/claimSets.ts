/**
 * Small claim sets the rule tests share: a clean one per language and office, written the way
 * each office expects, so that a test can change one thing and see one finding.
 */
export const CN_CLAIMS = [
  '1.一种支撑装置，包括底座（1）和支架（2），其特征在于，所述支架（2）固定连接在所述底座（1）上。',
  '2.根据权利要求1所述的支撑装置，其特征在于，所述底座（1）上设有滑槽（3）。',
  '3.根据权利要求1或2所述的支撑装置，其特征在于，所述支架（2）上设有把手（4）。',
]

export const US_CLAIMS = [
  '1. A support device comprising a base (1) and a bracket (2), wherein the bracket is fixed to the base.',
  '2. The support device of claim 1, wherein the base has a slot (3).',
  '3. The support device of claim 1 or 2, wherein the bracket has a handle (4).',
]

export const EP_CLAIMS = [
  '1. A support device comprising a base (1) and a bracket (2), characterised in that the bracket (2) is fixed to the base (1).',
  '2. A support device according to claim 1, wherein the base (1) has a slot (3).',
  '3. A support device according to claim 1 or 2, wherein the bracket (2) has a handle (4).',
]

/** Claims joined as they are pasted: one claim per line. */
export const claimsText = (claims: readonly string[]) => claims.join('\n')
