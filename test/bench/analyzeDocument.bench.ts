import { bench, describe } from 'vitest'
import { splitClaims } from '../../shared/claims/splitClaims'
import { analyzePatentDocument } from '../../shared/editor/analyzePatentDocument'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section } from '../../shared/editor/documentBuilders'
import { buildDocument } from '../../shared/editor/testing'
import { claimSetText, description } from './benchClaimSets'

/**
 * What the editor runs after each pause in typing: read the claim set out of the document,
 * parse it, run the rules and place every finding back in the document.
 */
for (const jurisdiction of ['CN', 'US'] as const) {
  const claims = splitClaims(claimSetText(jurisdiction)).map((claim) => claim.text.slice(claim.bodyStart))
  const { doc } = buildDocument(
    'claims',
    patentDocument(
      documentTitle(jurisdiction === 'CN' ? '一种桥梁钢结构挠度检测装置' : 'Device model agent'),
      claimList(claims),
      section('abstract', [claims[0] ?? '']),
      section('description', description(jurisdiction).split('\n')),
    ),
  )
  describe(`analyzePatentDocument: ${claims.length} ${jurisdiction} claims in the editor`, () => {
    bench(
      'the document as the editor holds it',
      () => {
        analyzePatentDocument(doc, 'claims', jurisdiction)
      },
      { warmupIterations: 20, time: 1000 },
    )
  })
}

/**
 * The same after each pause in a US reply: its amended claims are compared with the claims they
 * started from (the listing's numbers, added matter) besides the claim rules. Claim 2 amended.
 */
{
  const texts = splitClaims(claimSetText('US')).map((claim) => claim.text.slice(claim.bodyStart))
  const baseline = texts.map((text, index) => ({ id: `c${index + 1}`, text }))
  const amended = baseline.map((claim, index) => (index === 1 ? { ...claim, text: claim.text.replace(/\.$/, ', made of steel.') } : claim))
  const { doc } = buildDocument(
    'oa-reply',
    patentDocument(
      documentTitle('Device model agent'),
      officeAction('first', '2026-09-01', [{ number: 'US10000000B2' }]),
      objectionList([{ claims: '1-3', ground: '35 USC 103', cited: 'D1', argument: ['D1 does not disclose it.'] }]),
      section('summary'),
      section('amendments'),
      claimList(amended, 'amended', { source: 'claims', claims: baseline, description: description('US') }),
    ),
  )
  describe(`analyzePatentDocument: a US reply amending ${amended.length} claims`, () => {
    bench(
      'the reply as the editor holds it',
      () => {
        analyzePatentDocument(doc, 'oa-reply', 'US')
      },
      { warmupIterations: 20, time: 1000 },
    )
  })
}
