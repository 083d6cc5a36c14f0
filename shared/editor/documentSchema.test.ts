import { describe, expect, it } from 'vitest'
import { JURISDICTIONS } from '../claims/types'
import { DOCUMENT_KINDS } from '../domain/documentKinds'
import { analyzePatentDocument } from './analyzePatentDocument'
import { claimList, documentTitle, objectionList, officeAction, patentDocument, section, subheading } from './documentBuilders'
import { documentTemplate } from './documentTemplate'
import { readPatentDocument } from './readPatentDocument'
import { buildDocument } from './testing'

describe('document schema and templates', () => {
  it.each(DOCUMENT_KINDS.flatMap((kind) => JURISDICTIONS.map((j) => [kind, j] as const)))(
    'makes a %s template for %s that its own schema accepts',
    (kind, jurisdiction) => {
      expect(() => buildDocument(kind, documentTemplate(kind, jurisdiction, 'Title'))).not.toThrow()
    },
  )

  it('writes description headings in the language of the office', () => {
    const cn = readPatentDocument(buildDocument('claims', documentTemplate('claims', 'CN', '标题')).doc)
    const us = readPatentDocument(buildDocument('claims', documentTemplate('claims', 'US', 'Title')).doc)
    expect(cn.sections.get('description')?.text).toContain('具体实施方式')
    expect(us.sections.get('description')?.text).toContain('Detailed Description')
  })

  it('refuses content a kind does not allow, such as claims in a disclosure form', () => {
    expect(() => buildDocument('disclosure', patentDocument(documentTitle('x'), claimList(['A claim.'])))).toThrow()
    expect(() => buildDocument('claims', patentDocument(documentTitle('x'), section('abstract')))).toThrow()
  })
})

describe('readPatentDocument', () => {
  const { doc } = buildDocument(
    'oa-reply',
    patentDocument(
      documentTitle('Fastener'),
      officeAction('first', '2026-09-01', [
        { number: 'US 1,234,567', title: 'Clip fastener', passages: 'col. 3, l. 5-20' },
        'EP 2 345 678 (D2)',
      ]),
      objectionList([{ claims: '1-3', ground: '35 USC 103', cited: 'D1, D2', argument: ['D1 does not teach the clip.'] }]),
      section('summary', ['All claims rejected.']),
      section('amendments', ['Claim 1 amended.']),
      claimList(['A fastener comprising a clip.', 'The fastener of claim 1,\nwherein the clip is steel.'], 'amended'),
    ),
  )
  const content = readPatentDocument(doc)

  it('numbers claims by their order and keeps line breaks as newlines', () => {
    const [list] = content.claimLists
    expect(list?.role).toBe('amended')
    expect(list?.claims.map((c) => [c.number, c.text])).toEqual([
      [1, 'A fastener comprising a clip.'],
      [2, 'The fastener of claim 1,\nwherein the clip is steel.'],
    ])
  })

  it('places every claim character at its document position', () => {
    const claim = content.claimLists[0]!.claims[1]!
    const offset = claim.text.indexOf('steel')
    expect(doc.textBetween(claim.pos + 1 + offset, claim.pos + 1 + offset + 5)).toBe('steel')
  })

  it('reads the office action, cited documents and objections', () => {
    expect(content.officeAction).toEqual({
      actionType: 'first',
      issueDate: '2026-09-01',
      cited: ['US 1,234,567 Clip fastener', 'EP 2 345 678 (D2)'],
      citedDocuments: [
        { number: 'US 1,234,567', title: 'Clip fastener', passages: 'col. 3, l. 5-20', pos: expect.any(Number) },
        // A citation written before cited documents had fields reads on as its title.
        { number: '', title: 'EP 2 345 678 (D2)', passages: '', pos: expect.any(Number) },
      ],
    })
    expect(content.objections).toEqual([
      { claims: '1-3', ground: '35 USC 103', cited: 'D1, D2', argument: 'D1 does not teach the clip.', pos: expect.any(Number) },
    ])
  })

  it('maps section text offsets back to document positions', () => {
    const summary = content.sections.get('summary')!
    const at = summary.text.indexOf('rejected')
    expect(doc.textBetween(summary.positionAt(at), summary.positionAt(at + 8))).toBe('rejected')
  })
})

describe('analyzePatentDocument', () => {
  it('places a claim finding on the words it is about', () => {
    const { doc } = buildDocument(
      'claims',
      patentDocument(
        documentTitle('Fastener'),
        claimList(['A fastener comprising a clip.', 'The fastener of claim 1, wherein the spring is steel.']),
        section('abstract', ['A fastener with a clip.']),
        section('description', ['A fastener comprising a clip and a spring of steel.']),
      ),
    )
    const { claims, findings } = analyzePatentDocument(doc, 'claims', 'US')
    expect(claims.map((c) => c.dependsOn)).toEqual([[], [1]])
    const antecedent = findings.find((f) => f.rule === 'claims.antecedent-basis')
    expect(antecedent?.claim).toBe(2)
    expect(doc.textBetween(antecedent!.from, antecedent!.to)).toContain('spring')
  })

  it('checks a disclosure form field by field and points into the empty field', () => {
    const { doc } = buildDocument('disclosure', documentTemplate('disclosure', 'CN', '一种紧固件'))
    const { findings } = analyzePatentDocument(doc, 'disclosure', 'CN')
    const missing = findings.filter((f) => f.rule === 'disclosure.required-fields').map((f) => f.field)
    expect(missing).toContain('technicalProblem')
    expect(missing).not.toContain('title')
  })
})

describe('an unwritten description', () => {
  it('is not used to judge claim support while it holds only the template headings', () => {
    const { findings } = analyzePatentDocument(
      buildDocument(
        'claims',
        patentDocument(documentTitle('Clip'), claimList(['A clip comprising a spring.']), section('abstract'), section('description', [subheading('Background'), ''])),
      ).doc,
      'claims',
      'US',
    )
    expect(findings.filter((f) => f.rule === 'claims.unsupported-term')).toEqual([])
  })
})
