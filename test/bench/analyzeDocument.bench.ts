import { bench, describe } from 'vitest'
import { splitClaims } from '../../shared/claims/splitClaims'
import { analyzePatentDocument } from '../../shared/editor/analyzePatentDocument'
import { claimList, documentTitle, patentDocument, section } from '../../shared/editor/documentBuilders'
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
