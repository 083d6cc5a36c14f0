import type { Jurisdiction } from '../claims/types'
import type { Locale, LocalizedText } from '../i18n/locale'

/** What an examiner can object to, the same idea at every office. */
export type GroundKind =
  | 'novelty'
  | 'inventive-step'
  | 'clarity'
  | 'sufficiency'
  | 'added-matter'
  | 'subject-matter'
  | 'excluded'
  | 'industrial-application'
  | 'double-patenting'
  | 'unity'
  | 'formal'
  | 'other'

/** What an objection on the ground is about: some claims, or a part of the application that has no claim numbers. */
export type GroundConcerns = 'claims' | 'description' | 'drawings' | 'abstract' | 'application'

export interface ObjectionGround {
  /** What the objection node's `ground` attribute holds: the provision as the office cites it. */
  code: string
  kind: GroundKind
  /** Whether an objection on it names claims (a description's or abstract's defect names none). */
  concerns: GroundConcerns
  label: LocalizedText
}

const ground = (code: string, kind: GroundKind, zh: string, en: string, concerns: GroundConcerns = 'claims'): ObjectionGround => ({
  code,
  kind,
  concerns,
  label: { 'zh-CN': zh, en },
})

/**
 * A ground the office lists under no provision here: the objection's `ground` then holds the
 * provision as the agent or the office action wrote it ("专利法第20条第1款"). `other` itself is an
 * objection whose provision is not written yet.
 */
export const OTHER_GROUND = 'other'

const other = ground(OTHER_GROUND, 'other', '其他（写明条款）', 'Other (name the provision)', 'application')

/**
 * The grounds of objection per office, in the order an office action usually raises them. The
 * first five of each office are the codes replies were stored with before the others existed;
 * codes are never renamed, so stored objections keep their ground. CN Implementing Rules are
 * numbered as revised in 2023 (Art. 20 description … Art. 26 abstract), as the checker cites them.
 */
export const OBJECTION_GROUNDS: Record<Jurisdiction, readonly ObjectionGround[]> = {
  CN: [
    ground('A22.2', 'novelty', '新颖性（专利法第22条第2款）', 'Novelty (Patent Law A22.2)'),
    ground('A22.3', 'inventive-step', '创造性（专利法第22条第3款）', 'Inventive step (Patent Law A22.3)'),
    ground('A26.4', 'clarity', '不清楚/得不到说明书支持（专利法第26条第4款）', 'Clarity and support (Patent Law A26.4)'),
    ground('A26.3', 'sufficiency', '公开不充分（专利法第26条第3款）', 'Sufficiency of disclosure (Patent Law A26.3)', 'description'),
    ground('A33', 'added-matter', '修改超范围（专利法第33条）', 'Added matter (Patent Law A33)', 'application'),
    ground('A22.4', 'industrial-application', '实用性（专利法第22条第4款）', 'Industrial applicability (Patent Law A22.4)'),
    ground('A2.2', 'subject-matter', '不属于发明的保护客体（专利法第2条第2款）', 'Not an invention (Patent Law A2.2)'),
    ground('A5', 'excluded', '违反法律、社会公德或妨害公共利益（专利法第5条）', 'Contrary to law or public interest (Patent Law A5)'),
    ground('A25', 'excluded', '不授予专利权的客体（专利法第25条）', 'Excluded subject matter (Patent Law A25)'),
    ground('A9', 'double-patenting', '重复授权（专利法第9条）', 'Double patenting (Patent Law A9)'),
    ground('A31.1', 'unity', '单一性（专利法第31条第1款）', 'Unity of invention (Patent Law A31.1)'),
    ground('R20', 'formal', '说明书的撰写（实施细则第20条）', 'Form of the description (Implementing Rules Art. 20)', 'description'),
    ground('R21', 'formal', '附图（实施细则第21条）', 'Drawings (Implementing Rules Art. 21)', 'drawings'),
    ground('R22', 'formal', '权利要求的撰写（实施细则第22条）', 'Form of the claims (Implementing Rules Art. 22)'),
    ground('R23', 'formal', '独立权利要求缺少必要技术特征（实施细则第23条）', 'Independent claim lacks essential features (Implementing Rules Art. 23)'),
    ground('R24', 'formal', '独立权利要求的撰写方式（实施细则第24条）', 'Form of independent claims (Implementing Rules Art. 24)'),
    ground('R25', 'formal', '从属权利要求的撰写（实施细则第25条）', 'Form of dependent claims (Implementing Rules Art. 25)'),
    ground('R26', 'formal', '说明书摘要（实施细则第26条）', 'Abstract (Implementing Rules Art. 26)', 'abstract'),
    other,
  ],
  US: [
    ground('35 USC 102', 'novelty', '新颖性（35 USC 102）', 'Anticipation (35 USC 102)'),
    ground('35 USC 103', 'inventive-step', '显而易见性（35 USC 103）', 'Obviousness (35 USC 103)'),
    ground('35 USC 112(b)', 'clarity', '不明确（35 USC 112(b)）', 'Indefiniteness (35 USC 112(b))'),
    ground('35 USC 112(a)', 'sufficiency', '书面描述/可实施性（35 USC 112(a)）', 'Written description and enablement (35 USC 112(a))'),
    ground('35 USC 132(a)', 'added-matter', '新物质（35 USC 132(a)）', 'New matter (35 USC 132(a))', 'application'),
    ground('35 USC 101', 'subject-matter', '不具备可专利的主题/实用性（35 USC 101）', 'Patent-eligible subject matter and utility (35 USC 101)'),
    ground('35 USC 112(d)', 'formal', '从属权利要求不当（35 USC 112(d)）', 'Improper dependent claim (35 USC 112(d))'),
    ground('double patenting', 'double-patenting', '重复授权（double patenting）', 'Double patenting'),
    ground('claim objection', 'formal', '权利要求形式缺陷（claim objection，37 CFR 1.75）', 'Claim objection (37 CFR 1.75)'),
    ground('restriction', 'unity', '限制/选择要求（35 USC 121）', 'Restriction or election (35 USC 121)'),
    ground('specification objection', 'formal', '说明书/附图形式缺陷（37 CFR 1.71–1.84）', 'Objection to the specification or drawings (37 CFR 1.71–1.84)', 'description'),
    other,
  ],
  EP: [
    ground('Art 54 EPC', 'novelty', '新颖性（EPC第54条）', 'Novelty (Art 54 EPC)'),
    ground('Art 56 EPC', 'inventive-step', '创造性（EPC第56条）', 'Inventive step (Art 56 EPC)'),
    ground('Art 84 EPC', 'clarity', '清楚与支持（EPC第84条）', 'Clarity and support (Art 84 EPC)'),
    ground('Art 83 EPC', 'sufficiency', '公开充分（EPC第83条）', 'Sufficiency of disclosure (Art 83 EPC)', 'description'),
    ground('Art 123(2) EPC', 'added-matter', '修改超范围（EPC第123(2)条）', 'Added matter (Art 123(2) EPC)', 'application'),
    ground('Art 52 EPC', 'subject-matter', '不属于发明（EPC第52条）', 'Not an invention (Art 52 EPC)'),
    ground('Art 53 EPC', 'excluded', '不授予专利的例外（EPC第53条）', 'Exceptions to patentability (Art 53 EPC)'),
    ground('Art 57 EPC', 'industrial-application', '工业实用性（EPC第57条）', 'Industrial application (Art 57 EPC)'),
    ground('Art 82 EPC', 'unity', '单一性（EPC第82条）', 'Unity of invention (Art 82 EPC)'),
    ground('Rule 42 EPC', 'formal', '说明书的内容（EPC细则第42条）', 'Content of the description (Rule 42 EPC)', 'description'),
    ground('Rule 43 EPC', 'formal', '权利要求的形式与内容（EPC细则第43条）', 'Form and content of claims (Rule 43 EPC)'),
    ground('Rule 137(5) EPC', 'formal', '修改涉及未检索的主题（EPC细则第137(5)条）', 'Amendment to unsearched subject matter (Rule 137(5) EPC)'),
    other,
  ],
}

/** The ground with this code at an office; null for a provision written by hand that the office does not list (an "other" ground). */
export function objectionGround(jurisdiction: Jurisdiction, code: string): ObjectionGround | null {
  const wanted = code.replace(/\s+/g, '').toLowerCase()
  if (wanted === '') return null
  return OBJECTION_GROUNDS[jurisdiction].find((g) => g.code.replace(/\s+/g, '').toLowerCase() === wanted) ?? null
}

/**
 * How an objection's ground is named in `locale`: a listed ground by its label, a provision
 * written by hand as written, `other` without one by the "other" label, none by a dash.
 */
export function groundName(jurisdiction: Jurisdiction, code: string, locale: Locale): string {
  return objectionGround(jurisdiction, code)?.label[locale] ?? (code.trim() || '—')
}

/** Whether a ground is one the office lists nowhere, written as text (or `other` still to be written). */
export const isOtherGround = (jurisdiction: Jurisdiction, code: string): boolean =>
  code.trim() !== '' && (code.trim() === OTHER_GROUND || objectionGround(jurisdiction, code) === null)

/**
 * The claim numbers an objection names: "1-3, 5", "1至3、5", "权利要求1-3", "claims 1 to 3 and 5".
 * Ranges cover every number between their ends; anything that is not a number is skipped.
 */
export function objectedClaimNumbers(claims: string): number[] {
  const numbers = new Set<number>()
  for (const match of claims.matchAll(/(\d+)(?:\s*(?:-|–|—|~|～|至|到|to)\s*(\d+))?/g)) {
    const first = Number(match[1])
    const last = match[2] === undefined ? first : Number(match[2])
    // A reversed or huge range is a typing slip, not a thousand claims.
    if (last < first || last - first > 500) numbers.add(first)
    else for (let n = first; n <= last; n++) numbers.add(n)
  }
  return [...numbers].sort((a, b) => a - b)
}
