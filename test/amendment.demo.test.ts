import { describe, expect, it } from 'vitest'
import { analyzeAmendment } from '../shared/amendment/analyzeAmendment'
import { analyzePatentDocument } from '../shared/editor/analyzePatentDocument'
import { readClaimBaseline } from '../shared/editor/claimBaseline'
import { buildDocument } from '../shared/editor/testing'
import { demoOfficeActionReply } from '../server/seed/demoContent'

/** The demo reply's amended claims and the baseline they started from, as the seed writes them. */
function demoAmendment() {
  const list = demoOfficeActionReply().content!.find((node) => node.type === 'claimList')!
  const baseline = readClaimBaseline(list.attrs!.baseline)!
  const amended = list.content!.map((claim) => (claim.content ?? []).map((text) => text.text ?? '').join(''))
  return { baseline, amended }
}

describe('the demo reply', () => {
  it('starts from the claim set as filed, so its markup and added-matter check have something to compare with', () => {
    const { baseline } = demoAmendment()
    expect(baseline.claims.map((claim) => claim.id)).toEqual(['demo-claim-1', 'demo-claim-2', 'demo-claim-3', 'demo-claim-4', 'demo-claim-5'])
    expect(baseline.description).toContain('倾角传感器可以为双轴加速度计')
  })

  it('merges claim 2 into claim 1 — joined by 并 — and renumbers the rest without a finding of added matter', () => {
    const { baseline, amended } = demoAmendment()
    const analysis = analyzeAmendment({
      jurisdiction: 'CN',
      original: { claims: baseline.claims.map((claim) => claim.text), description: baseline.description ?? '' },
      amended: { claims: amended },
    })
    expect(analysis.findings).toEqual([])
  })

  it('raises no reply finding: every objection is answered, and the renumbered claims are no amendment of their own', () => {
    const { doc } = buildDocument('oa-reply', demoOfficeActionReply())
    expect(analyzePatentDocument(doc, 'oa-reply', 'CN').findings.filter((f) => f.rule.includes('reply'))).toEqual([])
  })
})
