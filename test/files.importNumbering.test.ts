import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseClaimList } from '../shared/claims/parseClaims'
import type { Jurisdiction } from '../shared/claims/types'
import type { DocumentView, MatterView } from '../shared/domain/api'
import type { DocumentId } from '../shared/domain/ids'
import { readBody } from '../shared/editor/documentBody'
import { readPatentDocument } from '../shared/editor/readPatentDocument'
import { readDocx } from '../server/import/readDocx'
import { importDocument, storedZip } from './support/docxFiles'
import { request, usersInRoles, type TestUser } from './support/factories'
import { startTestServer, type TestServer } from './support/testServer'

// Word numbers many firms' claims through a paragraph style ("Claim List"): the style carries the
// list (w:numPr), the paragraphs only name the style. These files are written part by part, as
// such templates are, so that nothing but the style numbers them.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A list reference in paragraph or style properties; `numId` 0 takes numbering away. */
const numPr = ({ numId, ilvl }: { numId?: number; ilvl?: number }) =>
  `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}${numId === undefined ? '' : `<w:numId w:val="${numId}"/>`}</w:numPr>`

/** One paragraph: its style, its own list reference, its text. */
function p(text: string, { style, numbering }: { style?: string; numbering?: { numId?: number; ilvl?: number } } = {}): string {
  const properties = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbering ? numPr(numbering) : ''}`
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escaped(text)}</w:t></w:r></w:p>`
}

interface ParagraphStyle {
  id: string
  basedOn?: string
  numbering?: { numId?: number; ilvl?: number }
}

function stylesXml(styles: ParagraphStyle[]): string {
  const defined = styles.map(
    (s) =>
      `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.id}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}` +
      `${s.numbering ? `<w:pPr>${numPr(s.numbering)}</w:pPr>` : ''}</w:style>`,
  )
  return `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${defined.join('')}</w:styles>`
}

interface ListDefinition {
  abstractId: number
  /** numFmt per level, from level 0; every level starts at 1. */
  formats: string[]
  /** lvlText per level; "%1." "%2." … by default. */
  texts?: string[]
}

/** A level an instance redefines with a w:lvl of its own: what the w:lvl sets. */
interface LevelOverride {
  ilvl: number
  start?: number
  format?: string
  text?: string
}

interface ListInstance {
  numId: number
  abstractId: number
  startOverride?: number
  levelOverrides?: LevelOverride[]
}

const lvlOverride = ({ ilvl, start, format, text }: LevelOverride) =>
  `<w:lvlOverride w:ilvl="${ilvl}"><w:lvl w:ilvl="${ilvl}">${start === undefined ? '' : `<w:start w:val="${start}"/>`}` +
  `${format === undefined ? '' : `<w:numFmt w:val="${format}"/>`}${text === undefined ? '' : `<w:lvlText w:val="${text}"/>`}</w:lvl></w:lvlOverride>`

function numberingXml(lists: ListDefinition[], instances: ListInstance[]): string {
  const abstracts = lists.map(
    (list) =>
      `<w:abstractNum w:abstractNumId="${list.abstractId}">` +
      list.formats.map((format, level) => `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${list.texts?.[level] ?? `%${level + 1}.`}"/></w:lvl>`).join('') +
      '</w:abstractNum>',
  )
  const nums = instances.map(
    (num) =>
      `<w:num w:numId="${num.numId}"><w:abstractNumId w:val="${num.abstractId}"/>` +
      `${num.startOverride === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${num.startOverride}"/></w:lvlOverride>`}` +
      `${(num.levelOverrides ?? []).map(lvlOverride).join('')}</w:num>`,
  )
  return `<w:numbering xmlns:w="${W_NS}">${abstracts.join('')}${nums.join('')}</w:numbering>`
}

/** A DOCX of these parts, each stored as it is. */
const zip = (files: Record<string, string>): Uint8Array =>
  storedZip(Object.entries(files).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })))

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A DOCX of these body paragraphs, paragraph styles and lists. */
function wordFile(body: string[], styles: ParagraphStyle[], lists: ListDefinition[], instances: ListInstance[]): Uint8Array {
  return zip({
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels':
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${RELATIONSHIP}/numbering" Target="numbering.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
    'word/styles.xml': stylesXml(styles),
    'word/numbering.xml': numberingXml(lists, instances),
  })
}

const DECIMAL_LIST: ListDefinition = { abstractId: 0, formats: ['decimal', 'lowerLetter'] }

let server: TestServer
let agent: TestUser

beforeAll(async () => {
  server = await startTestServer()
  agent = (await usersInRoles(server.url, server.store, ['agent'])).agent
})
afterAll(async () => {
  await server?.dispose()
})

interface Imported extends DocumentView {
  imported: { claims: number; paragraphs: number; abstract: boolean; warnings: { code: string; message: string }[] }
}

async function importClaims(jurisdiction: Jurisdiction, file: Uint8Array) {
  const matter = await request<MatterView>(server.url, 'POST', '/api/matters', { token: agent.token, body: { title: 'Fastener', jurisdiction } })
  const response = await importDocument<Imported>(server.url, agent, matter.body.id, { kind: 'claims', title: 'Imported', file })
  expect(response.status).toBe(201)
  const doc = await server.sync.currentState(response.body.id as DocumentId)
  const read = readPatentDocument(readBody('claims', doc))
  doc.destroy()
  const claims = read.claimLists[0]!.claims
  return { imported: response.body.imported, read, claims, parsed: parseClaimList(claims, { jurisdiction }) }
}

describe('claims numbered by a paragraph style import as claims numbered paragraph by paragraph do', () => {
  it('reads English claims whose only numbering is their "Claim List" style', async () => {
    const file = wordFile(
      [
        p('What is claimed is:'),
        p('A fastener comprising a bolt and a nut.', { style: 'ClaimList' }),
        p('The fastener of claim 1, wherein the nut is a lock nut.', { style: 'ClaimList' }),
        p('The fastener of claim 1 or 2, wherein the bolt is stainless steel.', { style: 'ClaimList' }),
        p('Abstract'),
        p('A fastener with a lock nut.'),
      ],
      [{ id: 'ClaimList', numbering: { numId: 1, ilvl: 0 } }],
      [DECIMAL_LIST],
      [{ numId: 1, abstractId: 0 }],
    )
    const { imported, claims, parsed, read } = await importClaims('US', file)
    expect(imported).toMatchObject({ claims: 3, paragraphs: 0, abstract: true, warnings: [] })
    expect(claims.map((c) => c.text)).toEqual([
      'A fastener comprising a bolt and a nut.',
      'The fastener of claim 1, wherein the nut is a lock nut.',
      'The fastener of claim 1 or 2, wherein the bolt is stainless steel.',
    ])
    expect(parsed.map((c) => c.dependsOn)).toEqual([[], [1], [1, 2]])
    expect(read.sections.get('abstract')!.text).toBe('A fastener with a lock nut.')
  })

  it('reads Chinese claims 1.–3. numbered by a style that inherits its list from the style it is based on', async () => {
    // No heading: the text opens with claim 1, which only the style numbers.
    const file = wordFile(
      [
        p('一种紧固件，包括螺栓和螺母。', { style: 'ClaimText' }),
        p('根据权利要求1所述的紧固件，其特征在于，所述螺母为自锁螺母。', { style: 'ClaimText' }),
        p('根据权利要求1或2所述的紧固件，其特征在于，所述螺栓为不锈钢螺栓。', { style: 'ClaimText' }),
        p('说明书'),
        p('本发明涉及机械连接领域。'),
      ],
      [
        { id: 'ClaimBase', numbering: { numId: 3 } },
        { id: 'ClaimText', basedOn: 'ClaimBase' },
      ],
      [DECIMAL_LIST],
      [{ numId: 3, abstractId: 0 }],
    )
    const { imported, claims, parsed, read } = await importClaims('CN', file)
    expect(imported).toMatchObject({ claims: 3, paragraphs: 1, warnings: [] })
    expect(claims.map((c) => c.text)).toEqual([
      '一种紧固件，包括螺栓和螺母。',
      '根据权利要求1所述的紧固件，其特征在于，所述螺母为自锁螺母。',
      '根据权利要求1或2所述的紧固件，其特征在于，所述螺栓为不锈钢螺栓。',
    ])
    expect(parsed.map((c) => c.number)).toEqual([1, 2, 3])
    expect(parsed.map((c) => c.dependsOn)).toEqual([[], [1], [1, 2]])
    expect(read.sections.get('description')!.text).toBe('本发明涉及机械连接领域。')
  })

  it('reads a style-numbered list mixed with direct numbering: steps a level down, a paragraph whose own numId 0 takes the number away', async () => {
    const file = wordFile(
      [
        p('权利要求书'),
        p('一种紧固件的制造方法，包括以下步骤：', { style: 'ClaimList' }),
        // Steps: the paragraph's own level overrides its style's, the list stays the style's.
        p('加热螺栓；', { style: 'ClaimList', numbering: { ilvl: 1 } }),
        p('冷却螺栓。', { style: 'ClaimList', numbering: { ilvl: 1 } }),
        // Numbered on the paragraph itself, in the same list: Word shows 2.
        p('根据权利要求1所述的方法，其特征在于，加热温度为800℃。', { numbering: { numId: 1, ilvl: 0 } }),
        p('根据权利要求1或2所述的方法，其特征在于，冷却为水冷。', { style: 'ClaimList' }),
        p('所述水冷的水温为20℃。', { style: 'ClaimList', numbering: { numId: 0, ilvl: 0 } }),
        p('根据权利要求3所述的方法，其特征在于，所述螺栓为不锈钢螺栓。', { style: 'ClaimList' }),
      ],
      [{ id: 'ClaimList', numbering: { numId: 1 } }],
      [DECIMAL_LIST],
      [{ numId: 1, abstractId: 0 }],
    )
    const { imported, claims, parsed } = await importClaims('CN', file)
    expect(imported).toMatchObject({ claims: 4, warnings: [] })
    expect(claims.map((c) => c.text)).toEqual([
      '一种紧固件的制造方法，包括以下步骤：\na. 加热螺栓；\nb. 冷却螺栓。',
      '根据权利要求1所述的方法，其特征在于，加热温度为800℃。',
      '根据权利要求1或2所述的方法，其特征在于，冷却为水冷。\n所述水冷的水温为20℃。',
      '根据权利要求3所述的方法，其特征在于，所述螺栓为不锈钢螺栓。',
    ])
    expect(parsed.map((c) => c.dependsOn)).toEqual([[], [1], [1, 2], [3]])
  })
})

describe('numbers Word shows below the top level stay in the claim as text', () => {
  it('keeps a claim\'s lettered steps and their roman sub-steps, each in its claim', async () => {
    const list: ListDefinition = { abstractId: 0, formats: ['decimal', 'lowerLetter', 'lowerRoman'], texts: ['%1.', '%2)', '%3.'] }
    const file = wordFile(
      [
        p('What is claimed is:'),
        p('A method of tensioning a cable, comprising the steps of:', { numbering: { numId: 1, ilvl: 0 } }),
        p('turning a grub screw, by:', { numbering: { numId: 1, ilvl: 1 } }),
        p('loosening a lock nut;', { numbering: { numId: 1, ilvl: 2 } }),
        p('turning the screw; and', { numbering: { numId: 1, ilvl: 2 } }),
        p('tensioning the cable.', { numbering: { numId: 1, ilvl: 1 } }),
        p('The method of claim 1, wherein step b) is carried out after step a).', { numbering: { numId: 1, ilvl: 0 } }),
      ],
      [],
      [list],
      [{ numId: 1, abstractId: 0 }],
    )
    const { imported, claims, parsed } = await importClaims('US', file)
    expect(imported).toMatchObject({ claims: 2, warnings: [] })
    expect(claims.map((c) => c.text)).toEqual([
      'A method of tensioning a cable, comprising the steps of:\na) turning a grub screw, by:\ni. loosening a lock nut;\nii. turning the screw; and\nb) tensioning the cable.',
      'The method of claim 1, wherein step b) is carried out after step a).',
    ])
    expect(parsed.map((c) => c.dependsOn)).toEqual([[], [1]])
  })
})

describe('claims numbered by a list instance that redefines its levels', () => {
  it('reads claims and their steps as the instance\'s w:lvlOverride numbers them, not as the bulleted definition would', async () => {
    // A firm's template reuses its bullet list for claims: the claims' instance redefines level 0
    // as "1." and level 1 as "a)".
    const bullets: ListDefinition = { abstractId: 0, formats: ['bullet', 'bullet'], texts: ['•', '◦'] }
    const file = wordFile(
      [
        p('权利要求书'),
        p('一种紧固件的制造方法，包括以下步骤：', { numbering: { numId: 1, ilvl: 0 } }),
        p('加热螺栓；', { numbering: { numId: 1, ilvl: 1 } }),
        p('冷却螺栓。', { numbering: { numId: 1, ilvl: 1 } }),
        p('根据权利要求1所述的方法，其特征在于，加热温度为800℃。', { numbering: { numId: 1, ilvl: 0 } }),
        p('说明书'),
        p('本发明涉及机械连接领域。', { numbering: { numId: 2, ilvl: 0 } }),
      ],
      [],
      [bullets],
      [
        { numId: 1, abstractId: 0, levelOverrides: [{ ilvl: 0, start: 1, format: 'decimal', text: '%1.' }, { ilvl: 1, start: 1, format: 'lowerLetter', text: '%2)' }] },
        { numId: 2, abstractId: 0 },
      ],
    )
    const { imported, claims, parsed, read } = await importClaims('CN', file)
    expect(imported).toMatchObject({ claims: 2, warnings: [] })
    expect(claims.map((c) => c.text)).toEqual(['一种紧固件的制造方法，包括以下步骤：\na) 加热螺栓；\nb) 冷却螺栓。', '根据权利要求1所述的方法，其特征在于，加热温度为800℃。'])
    expect(parsed.map((c) => c.dependsOn)).toEqual([[], [1]])
    // The description's list is another instance of the definition: still bulleted.
    expect(read.sections.get('description')!.text).toBe('本发明涉及机械连接领域。')
  })
})

describe('numbers Word shows outside the claims stay in the text', () => {
  it('keeps a description\'s numbered steps as Word shows them, and leaves a numbered heading a heading', async () => {
    const steps: ListDefinition = { abstractId: 1, formats: ['decimal'], texts: ['%1)'] }
    const file = wordFile(
      [
        p('权利要求书'),
        p('一种制备方法，包括：将原料混合；加热。', { numbering: { numId: 1, ilvl: 0 } }),
        p('说明书'),
        p('技术领域', { style: 'Heading1', numbering: { numId: 3, ilvl: 0 } }),
        p('本发明涉及一种制备方法。'),
        p('具体实施方式'),
        p('制备方法包括以下步骤：'),
        p('将原料混合；', { numbering: { numId: 2, ilvl: 0 } }),
        p('加热至80℃。', { numbering: { numId: 2, ilvl: 0 } }),
      ],
      [{ id: 'Heading1' }],
      [DECIMAL_LIST, steps],
      [
        { numId: 1, abstractId: 0 },
        { numId: 2, abstractId: 1 },
        { numId: 3, abstractId: 0, startOverride: 1 },
      ],
    )
    const { claims, read } = await importClaims('CN', file)
    expect(claims.map((c) => c.text)).toEqual(['一种制备方法，包括：将原料混合；加热。'])
    const description = read.sections.get('description')!.text
    expect(description).toContain('制备方法包括以下步骤：\n1) 将原料混合；\n2) 加热至80℃。')
    expect(description).not.toMatch(/\d\.? ?技术领域/)
  })
})

describe('reading Word list numbers', () => {
  // [text, level, number] as Word shows them; null where Word shows no number.
  const numbers = async (file: Uint8Array) =>
    (await readDocx(file)).map((paragraph) => [paragraph.text, paragraph.listNumber && [paragraph.listNumber.level, paragraph.listNumber.value]])

  it('counts per list as Word does: lists of one definition continue each other unless a startOverride restarts them', async () => {
    const file = wordFile(
      [
        p('first', { style: 'Item' }),
        p('second', { style: 'Item' }),
        p('plain'),
        p('restarted', { numbering: { numId: 2, ilvl: 0 } }),
        p('continued from restarted', { style: 'Item' }),
        p('continued by a list of the same definition', { numbering: { numId: 3, ilvl: 0 } }),
        p('a bullet', { numbering: { numId: 4, ilvl: 0 } }),
      ],
      [{ id: 'Item', numbering: { numId: 1, ilvl: 0 } }],
      [DECIMAL_LIST, { abstractId: 1, formats: ['bullet'] }],
      [
        { numId: 1, abstractId: 0 },
        { numId: 2, abstractId: 0, startOverride: 1 },
        { numId: 3, abstractId: 0 },
        { numId: 4, abstractId: 1 },
      ],
    )
    expect(await numbers(file)).toEqual([
      ['first', [0, 1]],
      ['second', [0, 2]],
      ['plain', null],
      ['restarted', [0, 1]],
      ['continued from restarted', [0, 2]],
      ['continued by a list of the same definition', [0, 3]],
      ['a bullet', null],
    ])
  })

  it('takes the level from the paragraph, else from the style, and restarts a lower level under each item above it', async () => {
    const file = wordFile(
      [
        p('claim one', { style: 'Claim' }),
        p('step a', { style: 'Step' }),
        p('step b', { style: 'Claim', numbering: { ilvl: 1 } }),
        p('claim two', { style: 'Step', numbering: { ilvl: 0 } }),
        p('step a again', { style: 'Step' }),
        p('unnumbered', { style: 'Unnumbered' }),
      ],
      [
        { id: 'Claim', numbering: { numId: 1 } },
        { id: 'Step', basedOn: 'Claim', numbering: { ilvl: 1 } },
        { id: 'Unnumbered', basedOn: 'Claim', numbering: { numId: 0 } },
      ],
      [DECIMAL_LIST],
      [{ numId: 1, abstractId: 0 }],
    )
    expect(await numbers(file)).toEqual([
      ['claim one', [0, 1]],
      ['step a', [1, 1]],
      ['step b', [1, 2]],
      ['claim two', [0, 2]],
      ['step a again', [1, 1]],
      ['unnumbered', null],
    ])
  })

  it('shows a level as its list instance redefines it in a w:lvlOverride: format, text and start, for that instance alone', async () => {
    const list: ListDefinition = { abstractId: 0, formats: ['decimal', 'decimal'] }
    const file = wordFile(
      [
        p('defined one', { numbering: { numId: 1, ilvl: 0 } }),
        p('defined step', { numbering: { numId: 1, ilvl: 1 } }),
        p('redefined five', { numbering: { numId: 2, ilvl: 0 } }),
        p('redefined step', { numbering: { numId: 2, ilvl: 1 } }),
        p('redefined six', { numbering: { numId: 2, ilvl: 0 } }),
        p('text only', { numbering: { numId: 3, ilvl: 0 } }),
      ],
      [],
      [list],
      [
        { numId: 1, abstractId: 0 },
        { numId: 2, abstractId: 0, levelOverrides: [{ ilvl: 0, start: 5, format: 'upperRoman', text: 'Claim %1' }, { ilvl: 1, format: 'lowerLetter', text: '%1.(%2)' }] },
        // A w:lvl that sets only the text keeps the definition's format and counts on.
        { numId: 3, abstractId: 0, levelOverrides: [{ ilvl: 0, text: '[%1]' }] },
      ],
    )
    const shown = (await readDocx(file)).map((paragraph) => [paragraph.listNumber?.value, paragraph.listNumber?.text])
    expect(shown).toEqual([[1, '1.'], [1, '1.'], [5, 'Claim V'], [1, 'V.(a)'], [6, 'Claim VI'], [7, '[7]']])
  })

  it('shows each level as its lvlText and numFmt say: letters, roman numerals, the levels above', async () => {
    const list: ListDefinition = {
      abstractId: 0,
      formats: ['upperRoman', 'upperLetter', 'decimal', 'lowerRoman', 'lowerLetter'],
      texts: ['%1.', '(%2)', '%1.%3', '%4)', '[%5]'],
    }
    const items: [string, number][] = [['one', 0], ['two', 0], ['A', 1], ['B', 1], ['two point one', 2], ['i', 3], ['ii', 3], ['iii', 3], ['iv', 3]]
    const letters = Array.from({ length: 28 }, (_, i): [string, number] => [`letter ${i + 1}`, 4])
    const file = wordFile(
      [...items, ...letters].map(([text, ilvl]) => p(text, { numbering: { numId: 1, ilvl } })),
      [],
      [list],
      [{ numId: 1, abstractId: 0 }],
    )
    const shown = (await readDocx(file)).map((paragraph) => paragraph.listNumber?.text)
    expect(shown.slice(0, items.length)).toEqual(['I.', 'II.', '(A)', '(B)', 'II.1', 'i)', 'ii)', 'iii)', 'iv)'])
    expect(shown.slice(items.length + 24)).toEqual(['[y]', '[z]', '[aa]', '[bb]'])
  })
})
