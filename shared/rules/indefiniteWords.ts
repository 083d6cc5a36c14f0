/**
 * The indefinite and exemplary words claims should avoid, each with the longer words that
 * contain it and are definite. The Chinese list follows the Guidelines (Part II Ch. 2 §3.2.2),
 * the English one MPEP 2173.05(b) and (d) and EPO Guidelines F-IV 4.6–4.9.
 *
 * `degree` marks terms of degree ("about", "substantially", 约, 左右): the USPTO accepts them
 * when the description gives a standard for measuring the degree (MPEP 2173.05(b)), while
 * CNIPA and the EPO object to them unless the value is defined.
 */
export interface IndefiniteWord {
  word: string
  degree?: true
  /** Definite words that contain `word`: a hit inside one of them is no hit ("强度" for "强"). */
  guards?: readonly string[]
  /** What must follow for the word to be indefinite: "about" only before a quantity. */
  followedBy?: RegExp
  /** What must come before it: 左右 is "about" only after a quantity ("5毫米左右"), else left and right. */
  precededBy?: RegExp
}

// The units a claim writes in Chinese: "3.5英寸", "12伏", "2安", "5千瓦", "3重量份".
const CHINESE_UNIT = `(?:英寸|英尺|[毫厘分千微纳]?米|公里|寸|尺|摄氏度|度|[毫微纳]?秒|分钟|小时|天|[千兆]?赫兹?|[毫千]?伏特?|[毫微]?安培?|` +
  `[千兆]?瓦特?|欧姆?|[千兆]?帕|牛顿?|焦耳?|[毫千微]?克|公斤|吨|毫?升|转|圈|层|片|次|个|倍|重量份|份|目)`
// A number and its unit just before the word: "5毫米左右", "3.5英寸左右", "5毫升/分钟左右",
// "30°上下"; a number written in characters only with its unit ("三英寸左右"), since "一" and "两"
// open other words.
const UNIT = `(?:[a-zA-Zμ°℃%％/²³]+|${CHINESE_UNIT})`
const AFTER_QUANTITY = new RegExp(
  `(?:\\d[\\d.]*\\s*(?:${UNIT}(?:/${UNIT})?)?|[一二两三四五六七八九十百千万]+${CHINESE_UNIT})\\s*$`,
)
// 左右 and 上下 after a count still say where things are when a placement follows ("2个左右对称设置的
// 支撑臂", "两个上下分布的滑轨"), not how many there are.
const NOT_A_PLACEMENT = /^(?!对称|两|双|侧|端|方向|移动|滑动|摆动|晃动|往复|并排|排列|分布|设置|布置|相对|交替|间隔|层|叠|升降|浮动)/

// Chinese writes no spaces, so a relative term can be read across the boundary of two words:
// 最高|温度 (the maximum temperature), 升高|温度 (raise the temperature) and 最低|温度 hold 高温 and
// 低温 but state no vague temperature. Each word that ends in 高 or 低 guards the term it runs into.
const ENDING_IN_HIGH = ['最高', '升高', '提高', '增高', '调高']
const ENDING_IN_LOW = ['最低', '降低', '减低', '调低']

/** Guards for a relative term read across a word boundary: each of `words` followed by `rest` (最高 + 温 → 最高温). */
function acrossBoundary(words: readonly string[], rest: string): string[] {
  return words.map((word) => word + rest)
}

// 较高, 很大 ("较高的温度", "很大的强度") compare with nothing the claim states: relative terms of the
// kind the Guidelines name (II-2 §3.2.2: 厚、薄、强、弱、高温、高压 "等"). The higher of two stated values
// ("较高值", "较高者") is definite, and so is comparing them ("比较高低").
function comparative(word: string, ...guards: string[]): IndefiniteWord {
  return { word, degree: true, guards: [`${word}值`, `${word}者`, ...guards] }
}

export const CHINESE_INDEFINITE_WORDS: readonly IndefiniteWord[] = [
  { word: '例如' },
  { word: '比如' },
  { word: '最好' },
  { word: '尤其是' },
  { word: '特别是' },
  { word: '必要时' },
  { word: '优选' },
  { word: '或类似物' },
  { word: '很宽范围' },
  { word: '大约', degree: true },
  { word: '约', degree: true, guards: ['约束', '节约', '约定', '制约', '契约', '预约', '公约', '简约'] },
  { word: '接近', degree: true, guards: ['接近开关', '接近传感器', '接近觉', '彼此接近', '相互接近', '互相接近'] },
  { word: '左右', degree: true, precededBy: AFTER_QUANTITY, followedBy: NOT_A_PLACEMENT },
  { word: '上下', degree: true, precededBy: AFTER_QUANTITY, followedBy: NOT_A_PLACEMENT },
  {
    word: '等',
    guards: [
      '等于', '相等', '不等', '等离子', '等分', '等距', '等效', '等腰', '等待', '等级', '等温', '等压', '等容',
      '等速', '等高', '等径', '等间距', '等间隔', '等长', '等宽', '等厚', '等比', '等差', '等同', '等价', '平等',
      '均等', '同等', '对等', '等电位', '等角', '等量', '等边', '中等', '高等', '初等', '上等', '次等', '等候',
      '等值', '等截面', '等直径', '等轴', '等大', '等幅', '等相位', '等势', '等强度',
    ],
  },
  { word: '厚', guards: ['厚度', '加厚', '增厚', '厚膜', '等厚', '厚薄', '壁厚', '板厚', '膜厚', '层厚', '宽厚'] },
  { word: '薄', guards: ['薄膜', '薄片', '薄板', '薄壁', '薄层', '减薄', '变薄', '稀薄', '薄弱', '厚薄'] },
  { word: '强', guards: ['强度', '强化', '加强', '增强', '强制', '强迫', '强酸', '强碱', '场强', '光强', '强电', '坚强'] },
  { word: '弱', guards: ['减弱', '削弱', '弱化', '薄弱', '弱电', '弱酸', '弱碱', '衰弱'] },
  // 高温合金 (superalloy), 高温超导 and 低温等离子 (non-thermal plasma) are names of classes of
  // material or process that the art defines, not vague temperatures (the Guidelines' own exception:
  // "高频" in an amplifier); nor is 耐高温 ("heat-resistant") in the name of a material ("耐高温塑料").
  { word: '高温', guards: ['高温合金', '高温超导', '耐高温', ...acrossBoundary(ENDING_IN_HIGH, '温')] },
  { word: '低温', guards: ['低温等离子', '低温超导', '低温共烧', '耐低温', ...acrossBoundary(ENDING_IN_LOW, '温')] },
  {
    word: '高压',
    guards: ['高压釜', '高压锅', '高压电', '高压侧', '高压线', '高压开关', '耐高压', ...acrossBoundary(ENDING_IN_HIGH, '压')],
  },
  comparative('较小'),
  comparative('较大', '比较大小'),
  comparative('较高', '比较高低'),
  comparative('较低'),
  { word: '很大', degree: true },
  { word: '很小', degree: true },
  { word: '很高', degree: true },
  { word: '很低', degree: true },
]

// A number, a number word, or "half"/"equal"/"the same" after "about": "about 5 mm", "about ⅕",
// "about one third".
const QUANTITY = /^\s*(?:[-+±~]?\s*[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a\s+(?:third|quarter|half|hundred|thousand)|half|equal|the\s+same)\b)/i

// Words before a relative term that do not end in a measure ("5 mm", "2-mm-", "0.5 microns").
const NO_MEASURE = /^(?![\s\S]*\d(?:[\s-]*[a-zµμ]{1,12}\.?)?[\s-]*$)/i

export const ENGLISH_INDEFINITE_WORDS: readonly IndefiniteWord[] = [
  // "substantially as hereinbefore described …": an omnibus claim, which claims.refers-to-description reports whole.
  { word: 'substantially', degree: true, guards: ['substantially as hereinbefore', 'substantially as hereinabove', 'substantially as herein'] },
  { word: 'approximately', degree: true },
  // Relative terms (EPO Guidelines F-IV 4.6), as 薄 and 厚 in Chinese; "thin film" and "thick film"
  // name kinds of layer, and "5 mm thick", "a 2-mm-thick plate" give the measure.
  { word: 'thin', degree: true, guards: ['thin film', 'thin-film'], precededBy: NO_MEASURE },
  { word: 'thick', degree: true, guards: ['thick film', 'thick-film'], precededBy: NO_MEASURE },
  // "rotate about an axis", "information about the device": a preposition unless a quantity follows.
  { word: 'about', degree: true, followedBy: QUANTITY },
  { word: 'such as', guards: ['such as to'] },
  { word: 'preferably' },
  { word: 'or the like' },
  { word: 'and the like' },
  { word: 'or similar' },
  { word: 'for example' },
  { word: 'for instance' },
  { word: 'e.g.' },
  { word: 'etc.' },
  { word: 'in particular' },
  { word: 'especially' },
  { word: 'if necessary' },
  { word: 'where necessary' },
  { word: 'when necessary' },
  { word: 'if desired' },
]
