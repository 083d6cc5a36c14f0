/**
 * The words an amendment may add or change without adding matter: what joins features into a
 * claim ("其中", "wherein", "and"), what refers back ("所述", "said"), and the verbs that place one
 * feature on another ("设置", "mounted"). Everything else an amendment adds — the things, their
 * properties, materials, values — must be found in the original disclosure.
 */

const CHINESE_FUNCTION_WORDS = [
  '其特征在于', '特征在于', '根据', '按照', '如', '所述', '该', '其中', '并且', '并', '同时', '从而', '而且', '且', '以及', '及', '和', '与', '或', '或者',
  '的', '地', '得', '在', '于', '为', '是', '有', '具有', '包括', '包含', '含有', '设置', '设有', '设于', '安装', '位于', '连接',
  '固定', '用于', '通过', '由', '对', '将', '被', '使', '使得', '以', '其', '还', '另', '分别', '相', '所', '之', '一种', '一个',
  '个', '各', '每', '此', '上述', '前述', '时', '当', '则', '从', '向', '至', '到', '之间', '相互', '彼此', '均', '都', '也', '中',
  '权利要求', '任一项', '任意一项', '项',
]

const LONGEST_CHINESE_WORD = Math.max(...CHINESE_FUNCTION_WORDS.map((word) => word.length))
const chineseWords = new Set(CHINESE_FUNCTION_WORDS)
const functionCharacters = new Set(CHINESE_FUNCTION_WORDS.join(''))

/** Whether a Chinese character is part of some function word: one that is not always carries matter. */
export const isFunctionCharacter = (char: string): boolean => functionCharacters.has(char)

/** Whether a run of Chinese characters is made only of function words (segmented any way that fits). */
export function isChineseFunctionRun(run: string): boolean {
  // Most runs asked about are one character or a pair of them.
  if (run.length === 1) return chineseWords.has(run)
  if (run.length === 2) return chineseWords.has(run) || (chineseWords.has(run[0]!) && chineseWords.has(run[1]!))
  // reachable[i]: the first i characters split into function words.
  const reachable = new Array<boolean>(run.length + 1).fill(false)
  reachable[0] = true
  for (let end = 1; end <= run.length; end++) {
    for (let length = 1; length <= Math.min(LONGEST_CHINESE_WORD, end) && !reachable[end]; length++) {
      if (reachable[end - length] && chineseWords.has(run.slice(end - length, end))) reachable[end] = true
    }
  }
  return reachable[run.length]!
}

/**
 * A word reduced to the form its inflections share, so that "sensors" is found where the
 * description says "sensor", "mounted" where it says "mounting", "thickness" where it says
 * "thick". Crude, and applied alike to both sides of every comparison.
 */
export function englishStem(word: string): string {
  let stem = word.toLowerCase().replace(/['’]s$/, '')
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`
  else if (stem.length > 3 && stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1)
  // "thickness" is disclosed by "5 mm thick", "releasably" by "releasable".
  if (stem.length > 6 && stem.endsWith('ness')) stem = stem.slice(0, -4)
  else if (stem.length > 5 && stem.endsWith('bly')) stem = `${stem.slice(0, -3)}ble`
  else if (stem.length > 5 && stem.endsWith('ly')) stem = stem.slice(0, -2)
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3)
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2)
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1)
  return stem
}

const ENGLISH_FUNCTION_WORDS = new Set(
  [
    'a', 'an', 'the', 'said', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'within', 'into', 'onto', 'upon',
    'via', 'and', 'or', 'nor', 'but', 'wherein', 'whereby', 'where', 'which', 'that', 'such', 'as', 'is', 'are', 'be',
    'being', 'been', 'was', 'were', 'has', 'have', 'having', 'comprise', 'comprises', 'comprising', 'include', 'includes',
    'including', 'contain', 'contains', 'containing', 'consist', 'consists', 'consisting', 'further', 'furthermore', 'also',
    'each', 'respective', 'respectively', 'one', 'least', 'it', 'its', 'their', 'them', 'they', 'this', 'these', 'those',
    'thereof', 'therein', 'thereon', 'thereto', 'arranged', 'disposed', 'provided', 'mounted', 'attached', 'connected',
    'coupled', 'located', 'positioned', 'configured', 'adapted', 'fixed', 'secured', 'carried', 'placed', 'operable',
    'operatively', 'hold', 'holds', 'holding', 'held', 'carry', 'carries', 'carrying', 'receive', 'receives', 'receiving',
    'received', 'made', 'claim', 'claims', 'according', 'accordance', 'characterized', 'characterised', 'any', 'preceding',
  ].map(englishStem),
)

/** Whether an English word only joins, refers or places (see above). */
export const isEnglishFunctionWord = (word: string): boolean => ENGLISH_FUNCTION_WORDS.has(englishStem(word))
