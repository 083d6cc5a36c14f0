import type { DisclosureFieldKey } from '../disclosureFields'

type Fields = Record<DisclosureFieldKey, string>

/** A complete Chinese disclosure form whose reference numerals match their list. */
export const CN_DISCLOSURE: Fields = {
  title: '一种桥梁挠度检测装置',
  technicalField: '本发明涉及桥梁检测技术领域。',
  background: '现有检测装置无法清除桥梁底部的污垢，影响测量精度。',
  technicalProblem: '提供一种能在测量前清洁桥梁底部的检测装置。',
  technicalSolution: '检测装置包括支撑座1、支腿2和测量模块3，支撑座1上设有3个清洁刷，清洁刷的长度为5mm，参见图1。',
  keyFeatures: '支撑座1与支腿2铰接。',
  beneficialEffects: '测量前清除污垢，测量误差小于1%。',
  drawings: '图1为检测装置的结构示意图。',
  referenceNumerals: '1-支撑座；2-支腿；3-测量模块',
  embodiments: '实施例1：步骤S1，将支撑座1移动到检测位置；步骤S2，测量模块3测量挠度。',
  protectionPoints: '支撑座1上的清洁结构。',
  priorArtSearch: 'CNABS，检索式：桥梁 AND 挠度，2024-05-01，D1 CN117030164A',
  inventors: '张三 60%，李四 40%',
  priorPublication: '无',
}

/** The same form in English, as an inventor of a US or EP matter writes it. */
export const EN_DISCLOSURE: Fields = {
  title: 'Bridge deflection measuring device',
  technicalField: 'The invention relates to bridge inspection.',
  background: 'Known devices cannot clean the underside of a bridge, which spoils the measurement.',
  technicalProblem: 'To clean the underside of the bridge before measuring.',
  technicalSolution: 'The device has a support base 10, legs (12) and a measuring module 14; the support base 10 carries 3 brushes of 5 mm length, see FIG. 1.',
  keyFeatures: 'The support base 10 is hinged to the legs 12.',
  beneficialEffects: 'The measurement error stays below 1 %.',
  drawings: 'FIG. 1 shows the device in side view.',
  referenceNumerals: '10 support base\n12 legs\n14 measuring module',
  embodiments: 'In step 1 the support base 10 is moved under the bridge; in step 2 the measuring module 14 measures the deflection, see claim 1.',
  protectionPoints: 'The cleaning brushes on the support base 10.',
  priorArtSearch: 'Espacenet, bridge AND deflection, 2024-05-01, D1 CN117030164A',
  inventors: 'A. Smith 60 %, B. Jones 40 %',
  priorPublication: 'none',
}
