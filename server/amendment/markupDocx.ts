import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { AmendmentMarkupResponse, ComparedVersion } from '../../shared/amendment/amendmentApi'
import { CLAIM_IDENTIFIER_LABELS, US_LISTING_INTRO, type MarkedClaim, type MarkupLayout } from '../../shared/amendment/amendmentMarkup'
import { documentLocale } from '../../shared/editor/documentTemplate'
import { markedRuns } from '../export/markedRuns'

/** The pages' title: the layout is the office's, and so is the language (CNIPA Chinese, USPTO and EPO English). */
const TITLES: Record<MarkupLayout, string> = {
  'cn-comparison': '修改对照页',
  'us-claim-listing': 'Amendments to the Claims',
  'ep-marked-copy': 'Marked-up copy of the claims',
}

const CLAIMS_HEADINGS: Record<MarkupLayout, string> = {
  'cn-comparison': '权利要求书',
  'us-claim-listing': 'Listing of Claims:',
  'ep-marked-copy': 'Claims',
}

const US_BRACKETS = 'Five or fewer deleted characters are shown in double brackets instead (37 CFR 1.121(c)(2)).'

/** What the pages say around the claims, in the language of the office they go to. */
const WORDS = {
  'zh-CN': {
    legend: '删除的内容以删除线标出，增加的内容以下划线标出。',
    filed: (v: ComparedVersion & { documentTitle: string }) => `原申请文件：${v.documentTitle}「${v.name}」（版本 ${v.id}，SHA-256 ${v.versionHash}）`,
    noFiled: '原申请文件：未保存提交申请时的版本',
    examined: (source: string) => `修改的基础（审查所针对的文本）：${source}`,
    reply: (title: string, version: ComparedVersion | null, hash: string) =>
      `修改后的文本：${title}${version ? `「${version.name}」（版本 ${version.id}）` : '（当前文本）'}，SHA-256 ${hash}`,
  },
  en: {
    legend: 'Deletions are struck through, insertions underlined.',
    filed: (v: ComparedVersion & { documentTitle: string }) => `As filed: ${v.documentTitle}, “${v.name}” (version ${v.id}, SHA-256 ${v.versionHash})`,
    noFiled: 'As filed: no version of the claims was kept at filing',
    examined: (source: string) => `Amended against (the claims as examined): ${source}`,
    reply: (title: string, version: ComparedVersion | null, hash: string) =>
      `As amended: ${title}, ${version ? `version “${version.name}” (${version.id})` : 'the text as it is now'}, SHA-256 ${hash}`,
  },
} as const

// Latin text in Times New Roman, Chinese in SimSun (宋体), as filings are usually set.
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' }

function claimParagraph(claim: MarkedClaim): Paragraph {
  const identifier = claim.identifier ? ` (${CLAIM_IDENTIFIER_LABELS[claim.identifier].en})` : ''
  return new Paragraph({
    spacing: { after: 160 },
    children: [
      ...claim.numberRuns.flatMap(markedRuns),
      new TextRun({ text: `.${identifier}${claim.runs.length > 0 ? ' ' : ''}` }),
      ...claim.runs.flatMap(markedRuns),
    ],
  })
}

const line = (text: string) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text, size: 18 })] })

/** What the pages are called at their office: the file's name ends in it. */
export const markupTitle = (markup: AmendmentMarkupResponse): string => TITLES[markup.markup.layout]

/**
 * The marked-up amendment as a Word document for filing: the pages in the office's language, the
 * versions compared named with their hashes (left out of the copy to file: they are the team's
 * record, not the office's), each claim with real strike-through and underline runs (never
 * colours or symbols that a copy would lose).
 */
export async function markupDocx(markup: AmendmentMarkupResponse, { forFiling = false } = {}): Promise<Buffer> {
  const locale = documentLocale(markup.jurisdiction)
  const words = WORDS[locale]
  const layout = markup.markup.layout
  const document = new Document({
    creator: 'Claimroom',
    lastModifiedBy: 'Claimroom',
    title: TITLES[layout],
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: TITLES[layout] })] }),
          ...(forFiling
            ? []
            : [
                line(markup.filed ? words.filed(markup.filed) : words.noFiled),
                line(words.examined(markup.examined.source)),
                line(words.reply(markup.reply.title, markup.reply.version, markup.reply.versionHash)),
              ]),
          line(layout === 'us-claim-listing' ? `${words.legend} ${US_BRACKETS}` : words.legend),
          ...(layout === 'us-claim-listing' ? [new Paragraph({ children: [new TextRun({ text: US_LISTING_INTRO })] })] : []),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: CLAIMS_HEADINGS[layout] })] }),
          ...markup.markup.claims.map((claim) => claimParagraph(claim)),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
