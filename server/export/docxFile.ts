import { AlignmentType, Document, Footer, Header, HeadingLevel, LeaderType, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ISectionOptions } from 'docx'
import { markedRuns } from './markedRuns'
import type { Jurisdiction } from '../../shared/claims/types'
import type { LayoutBlock, LayoutPart, OfficeLayout, VersionStamp } from '../../shared/files/officeLayout'
import { paragraphNumber } from '../../shared/files/officeLayout'
import { stampLine } from '../../shared/files/stampLine'

const MM = 56.6929 // twips per millimetre

/**
 * Paper and margins per office. CN: A4, 25 mm top and left, 15 mm bottom and right (Implementing
 * Rules Art. 119 and the CNIPA forms). US: letter, at least 2.5 cm left and 2 cm elsewhere
 * (37 CFR 1.52(a)(1)). EP: A4, 2.5 cm left, 2 cm elsewhere (EPC Rule 49(5)).
 */
const PAGE: Record<Jurisdiction, { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } }> = {
  CN: { width: 11906, height: 16838, margin: { top: 25 * MM, right: 15 * MM, bottom: 15 * MM, left: 25 * MM } },
  US: { width: 12240, height: 15840, margin: { top: 20 * MM, right: 20 * MM, bottom: 20 * MM, left: 25 * MM } },
  EP: { width: 11906, height: 16838, margin: { top: 20 * MM, right: 20 * MM, bottom: 20 * MM, left: 25 * MM } },
}

// 1.5 line spacing, as 37 CFR 1.52(b)(2) and EPC Rule 49(10) ask and CNIPA practice follows.
const LINE_SPACING = { line: 360 }

/** Where a signature line's rule ends, from the left margin: 11 cm, inside the narrowest text width (letter). */
const SIGNATURE_LINE_END = Math.round(110 * MM)

/** Runs of a text that may hold line breaks: each line after the first starts on a new line (a soft break). */
function linesAsRuns(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }))
}

function blockParagraph(block: LayoutBlock, chinese: boolean): Paragraph {
  switch (block.type) {
    case 'title':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: linesAsRuns(block.text, { bold: true }) })
    // Word's heading styles, so that the navigation pane shows the parts and a re-import knows a heading of any wording.
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, ...LINE_SPACING }, children: linesAsRuns(block.text) })
    case 'lead':
      return new Paragraph({ spacing: LINE_SPACING, children: linesAsRuns(block.text) })
    // The number is written as text, not as Word list numbering: CNIPA's and the USPTO's converters drop list numbers.
    case 'claim':
      return new Paragraph({ spacing: LINE_SPACING, children: linesAsRuns(`${block.number}. ${block.text}`) })
    case 'listed-claim':
      return new Paragraph({ spacing: LINE_SPACING, children: [new TextRun({ text: `${block.label} ` }), ...block.runs.flatMap(markedRuns)] })
    case 'paragraph':
      return new Paragraph({
        spacing: LINE_SPACING,
        indent: chinese && block.number === null ? { firstLine: 480 } : undefined,
        children: linesAsRuns(block.number === null ? block.text : `${paragraphNumber(block.number)} ${block.text}`),
      })
    case 'field':
      return new Paragraph({
        spacing: LINE_SPACING,
        children: [new TextRun({ text: `${block.label}${chinese ? '：' : ': '}`, bold: true }), ...linesAsRuns(block.text)],
      })
    // A tab to a stop with an underscore leader: a rule of one length whatever the label's, room above it to sign.
    case 'signature-line':
      return new Paragraph({
        spacing: { before: 360, ...LINE_SPACING },
        keepNext: true,
        tabStops: [{ type: TabStopType.LEFT, position: SIGNATURE_LINE_END, leader: LeaderType.UNDERSCORE }],
        children: [new TextRun(`${block.label}${chinese ? '：' : ': '}`), new TextRun({ children: [new Tab()] })],
      })
  }
}

/**
 * `footer: false` writes the copy that goes to the office: no version line in the pages' footers
 * (an office's pages carry nothing of ours), the version still in the file's properties.
 */
export interface DocxOptions {
  footer: boolean
}

function partSection(part: LayoutPart, layout: OfficeLayout, footerLine: string | null): ISectionOptions {
  const chinese = layout.locale === 'zh-CN'
  const page = PAGE[layout.jurisdiction]
  const heading = part.heading
    ? [new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun(part.heading)] })]
    : []
  return {
    properties: {
      page: { size: { width: page.width, height: page.height }, margin: page.margin, pageNumbers: { start: 1 } },
    },
    headers: {
      // The part's name and its own page count on every page, as CNIPA's forms print "权利要求书 1/2 页".
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({ text: `${part.name}  `, size: 18 }),
              new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES_IN_SECTION, chinese ? ' 页' : ''], size: 18 }),
            ],
          }),
        ],
      }),
    },
    ...(footerLine !== null && {
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footerLine, size: 14, color: '555555' })] })] }),
      },
    }),
    children: [...heading, ...part.blocks.map((block) => blockParagraph(block, chinese))],
  }
}

/**
 * Writes a laid-out document as a DOCX file: one section per part, so each part starts on a new
 * page with its own running header and page count; the version and its content hash stand in the
 * footer of every page and in the file's properties (custom properties ClaimroomVersionId,
 * ClaimroomVersionName, ClaimroomVersionHash, ClaimroomApproved); the copy for filing leaves the
 * footer out (DocxOptions).
 */
export async function docxFile(layout: OfficeLayout, stamp: VersionStamp, documentTitle: string, options: DocxOptions = { footer: true }): Promise<Buffer> {
  const line = stampLine(stamp, layout.locale)
  const font = layout.locale === 'zh-CN' ? { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' } : 'Times New Roman'
  const document = new Document({
    creator: 'Claimroom',
    lastModifiedBy: 'Claimroom',
    title: documentTitle,
    subject: layout.title,
    description: line,
    keywords: `sha256:${stamp.versionHash}`,
    customProperties: [
      { name: 'ClaimroomVersionId', value: stamp.versionId ?? 'current' },
      { name: 'ClaimroomVersionName', value: stamp.name },
      { name: 'ClaimroomVersionHash', value: stamp.versionHash },
      { name: 'ClaimroomApproved', value: String(stamp.approved) },
    ],
    styles: {
      default: {
        document: { run: { font, size: 24 } },
        // As the offices print them: black, bold, no theme colour or italics.
        heading1: { run: { font, size: 32, bold: true, color: '000000', italics: false } },
        heading2: { run: { font, size: 24, bold: true, color: '000000', italics: false } },
      },
    },
    sections: layout.parts.map((part) => partSection(part, layout, options.footer ? line : null)),
  })
  return Packer.toBuffer(document)
}
