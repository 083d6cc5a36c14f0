/** Word lists the Chinese term reader decides by, and where they end a term. */
import { chineseBareSignEnd } from './referenceSigns'

// Chinese writes no spaces, so a term ends where a particle, conjunction, preposition, a verb or
// punctuation begins. These words end a term wherever they stand after its first character:
// among them the verbs of position and motion that never name a thing (所述槽贯通…, 所述滑块偏离…,
// 所述距离介于…, 所述部件属于…), adverbs of time and place (所述凸台始终…, 所述机器人原地等待) and the
// times told by a thing (所述数据之后).
const BOUNDARY_WORDS = `所述 上述 以及 或者 并且 用于 用以 通过 经过 经由 位于 处于 设置 设有 设于 安装 固定
连接 相连 相接 抵接 包括 包含 含有 具有 进行 远离 靠近 之间 之一 相对 相互 分别 同时 能够 可以 由于 根据
按照 作为 采用 利用 借助 基于 对应 保持 形成 构成 制成 贯穿 穿过 插入 表示 选自 朝向 沿着 一起 一一 两端
两侧 整体 彼此 具体 例如 优选 满足 大于 小于 等于 高于 低于 超过 达到 放入 移除 移动 施加 转动 滑动 得到
获得 导入 整合 编码 垂直 平行 进一步 选取 选择 带动 实现 完成 驱使
偏离 贯通 伸入 伸向 嵌设 套设 穿设 抵靠 贴靠 偏移 环绕 围绕 包围 横跨 跨设
始终 一直 逐渐 依次 相应 恰好 刚好 完全 总是 仅仅 每隔 每次 通往 通向
升至 降至 增至 减至 升到 降到
介于 属于 多于 少于 趋于 相当于 取决于 之后 之前 原地 就地 立即 立刻 随即 重新 继续
划分成 分割成 切分成 拆分成 分解成`.split(/\s+/)
// Verbs that also name things (生成器, 控制器, 输出轴, 检测装置, 驱动电机, 延伸部, 铰接座, 混合料) end a term
// only where what follows shows them as the predicate: an object that is referred back to
// ("所述第一生物体信息生成所述…"), a quantified object ("驱动两个齿轮"), a preposition
// ("所述连杆延伸至…", "倾斜于") or the end of the clause ("驱动所述手指关节动作，"). Verbs of change take
// their amount as such an object ("所述转速提高10%", "所述压力减少一半") and name things too ("延长杆",
// "提升机构", "增加量"); those that carry their particle ("升至", "降至") are boundary words above.
// So do verbs of travel and of waiting, which close a clause ("沿所述新路径行驶", "原地等待") and name
// things too ("行驶速度", "等待时间"), and verbs of division before what they give ("划分为", "分割成").
const NAMING_VERBS = `生成 计算 判断 判定 采集 获取 输出 输入 发送 接收 控制 驱动 检测 测量 监测 产生 动作 执行
处理 存储 传输 传递 显示 识别 调节 调整 比较 读取 写入 修正 转换 提取 确定 推动 发出 触发 启动 夹紧
延伸 伸出 伸缩 凸出 突出 嵌入 套装 套接 卡接 卡设 铰接 焊接 贴合 覆盖 悬挂 支撑 支承 夹持 容纳 收容
承载 倾斜 弯折 弯曲 旋转 摆动 升降 滑移 往复 接触 配合 连通 啮合 相切 重合 对齐 平齐 固接 间隔 分离 结合
密封 导通 关闭 打开 开启 闭合 断开 工作 运行 停止 停机 开机 报警 复位 升高 降低 增大 减小 对准
提高 提升 增加 增长 减少 缩短 缩小 缩减 递增 递减 延长 加快 减慢 上升 下降 扩大 加大 变大 变小
查询 更新 调用 预测 筛选 加载 上传 下载 推送 训练 充电 供电 放电
混合 搅拌 加入 注入 倒入 投入 滴加 加热 冷却 干燥 烘干 溶解 浸泡 清洗 过滤 研磨 粉碎 挤出 喷涂 涂覆
行驶 行走 运动 前进 后退 飞行 返回 避让 绕行 等待 停留 暂停 待机 休眠 静止
划分 分割 切分 拆分 分解 转化`.split(/\s+/)
// Verbs of placement, some of which also name things or how they lie ("温度分布", "布置方式",
// "粘接剂"), end a term only before the place they put it at ("贴附在", "排列于", "嵌装至") or a
// referred object ("紧贴所述电芯"): "所述温度分布为…" keeps its name.
const PLACEMENT_VERBS = `贴附 贴设 贴装 粘贴 粘接 粘附 附着 紧贴 嵌装 卡装 插装 装设 装配 放置 安置 排列 布置 分布
铺设 埋设 架设 夹设 缠绕 绕设 包覆 叠放 堆叠 层叠`.split(/\s+/)
const PLACE_PREPOSITIONS = new Set(Array.from('在于至到入', (character) => character.charCodeAt(0)))
// Prepositions that open a verb phrase with their object ("所述风偏角对所述读数进行修正", "所述处理单元向服务器
// 发送数据", "所述滑块朝所述底座移动", "按所述轨迹运动", "所述滑块向上移动"), unlike 从, 将, 把, 以 and 与, which
// are particles, also stand inside names (电极对, 方向, 导向件, 按钮, 往复, 特征向量): they end a term only where what
// follows reads as their object, a reference or a count, a direction, or a thing and then the verb.
const OBJECT_PREPOSITIONS = '对向朝往按'
// Words a preposition closes, which name a thing or a direction: "风向", "径向", "绝对值"; after a count it counts pairs ("第一对").
const WORDS_BEFORE_PREPOSITIONS = `绝对 相对 针对 面对 成对 配对 核对 校对 比对 应对 背对 正对 反对 若干对
方向 导向 转向 定向 横向 纵向 径向 轴向 周向 切向 法向 反向 正向 逆向 双向 单向 走向 取向 朝向 指向 流向 趋向 面向
去向 风向 侧向 内向 外向 背向 竖向 同向 异向 万向 换向 偏向 斜向 纬向 经向 意向 动向 航向 来向 一向
前往 以往 通往 来往 往往`.split(/\s+/)
// Words a preposition opens, which name a thing or a relation: "对称轴", "对接件", "向量", "按钮", "往复".
const WORDS_AFTER_PREPOSITIONS = `对称 对准 对接 对中 对齐 对应 对比 对象 对焊 对位 对置 对向 对角 对数 对偶 对折 对开 对边
对顶 对夹 对插 对撞 对流 对话 对讲 对照 对立 对面 对侧 对射 对辊 对拉 对穿 对扣 对合 对外 对内
向心 向量 向日 按钮 按键 按压 按扣 按摩 按板 按块 按柄 往复`.split(/\s+/)
// Where the direction a thing moves in follows 向, 朝 or 往: "向上移动", "朝外", "往下".
const DIRECTIONS = new Set(Array.from('上下内外前后左右', (character) => character.charCodeAt(0)))
const TOWARDS = new Set(Array.from('向朝往', (character) => character.charCodeAt(0)))
// What is done to the object of such a preposition, besides the verbs of the lists: "对所述读数进行修正", "对其加以".
const VERBS_AFTER_OBJECT = '进行 加以 实施 施加 作用 提供 移动 转动 滑动 运动'.split(' ')
// After 由 or 被, the thing referred to is the agent of a passive verb ("由所述电机驱动", "由所述光伏组件充电",
// "被所述弹簧复位"): its name ends before the first verb that closes the phrase. Verbs that close such a
// phrase besides those of the lists: "由所述电池单体组成", "由所述导轨导向".
const AGENT_VERBS = '组成 围成 拼接 供给 输送 牵引 拉动 导向 定位 限位 锁定 张紧'.split(' ')
// What a passive verb may be followed by once the phrase is closed, besides punctuation, particles, counts,
// references and another such verb: a time after the act ("充电后", "驱动时").
const AFTER_AGENT_VERB = new Set(Array.from('后时', (character) => character.charCodeAt(0)))
// Words of degree, approximation and obligation that open a predicate ("所述第一阈值约为0.5",
// "所述壳体基本呈圆柱形", "所述第一阈值应小于…"). They end a term only where what follows them goes
// on with the predicate, so names that hold them stay whole ("约束件", "近似值", "接近开关", "基本单元").
// Longer words come first: "基本上为" opens with 基本上, not 基本.
const PREDICATE_OPENERS = `基本上 大致上 大体上 实质上 大约 大概 大致 大体 基本 近似 近乎 几乎 接近 左右 一般 通常 约 略 稍
应当 应该 必须 需要 应 须 需`.split(/\s+/)
// Words whose last character would be read as the start of an opener: "智能合约为", "控制策略为",
// "最大体积", "第一响应为", "触须", "电压比较大", "参数变更为".
const WORDS_BEFORE_OPENERS = `比较 变更 合约 节约 制约 契约 预约 公约 简约 条约 签约 违约 要约 策略 战略 省略 忽略 简略 概略 粗略
最大 增大 放大 扩大 加大 较大 过大 偏大 巨大 极大 变大 强大 响应 反应 效应 感应 供应 适应 对应 相应 呼应 照应
触须 胡须 必需 急需 无需`.split(/\s+/)
// Adverbs of comparison open a predicate before the quality they compare, or before 为 and the
// quality ("所述温度较高时", "所述功率很大", "所述压力更大时", "所述结构较为简单"); a name does not hold
// them so ("比较器", "更换装置").
const COMPARATIVE_ADVERBS = '较很更'
const COMPARED_QUALITIES = new Set(Array.from('高低大小长短多少快慢强弱厚薄宽窄深浅重轻粗细远近硬软紧松为', (character) => character.charCodeAt(0)))
// What follows an opener in a predicate, besides particles, numbers, references and verbs: "基本相同", "大致水平".
const PREDICATE_STATES = '相等 相同 相当 相近 对称 水平 竖直 恒定 均匀'.split(' ')
// Names of things that act. Right after one, a naming verb is what it does ("所述报警装置发出报警信号",
// "所述控制器驱动电机"), not part of a longer name.
const ACTOR_HEADS = ['装置', '单元', '模块', '控制器', '处理器', '传感器', '平台', '终端', '服务器', '设备', '电路', '机构']
// 自, 仅 and 只 are a preposition and adverbs: "所述连杆自所述板…", "所述凸台仅…".
const PARTICLES = '的和与及或在于由从将被把使为是并且而还也均都至到沿呈以其有可不该自仅只'
// Localisers end a term only after two characters: "上端部" is a term, "机壳内壁" is 机壳's wall,
// "所述半导体器件时" is a time. 中 and 内 end one already: "所述板中", "所述槽内".
const LOCALISERS = '上下内外中时'
const EARLY_LOCALISERS = '中内'
// Nouns of time open with 时 and end no term: "所述响应时间", "所述等待时长", "所述采样时刻".
const TIME_NOUNS = '时间 时长 时刻 时段 时延 时钟 时序 时差 时域 时频'.split(' ')
// Words that say which value a thing is and never name one alone: what follows them is the rest of
// the name, even a localiser or a naming verb ("预设时长", "第一预定时间", "预设上限值", "预设间隔").
const VALUE_PREFIXES = '预设 预定 预置 设定 规定 指定 给定 额定 特定 初始 当前 最大 最小 最长 最短'.split(' ')
// A value's name ends where time is told by it: "所述预设时长后", "预设时间之前", "大于预设阈值则".
const VALUE_ENDS = '后前之则'
// 所 before a verb opens a relative clause about the thing before it ("所述候选障碍物所在的栅格",
// "所述部件所属的类别", "所述传感器所采集的数据"); names that end in 所 keep it ("研究所", "场所").
const WHICH_CLAUSE_VERBS = new Set(Array.from('在处属需用得示含要有作致', (character) => character.charCodeAt(0)))
const WORDS_ENDING_IN_WHICH = '研究所 场所 诊所 处所 住所 厕所 会所 哨所 寓所 交易所 事务所 派出所 观测所 指挥所'.split(' ')
// 分为 and 分成 divide the thing before them ("所述地图分为多个区域"), except where 分 closes a word ("所述第一部分为圆形").
const DIVIDING_WORDS = ['分为', '分成']
const WORDS_ENDING_IN_DIVIDE = `部分 成分 组分 水分 养分 盐分 糖分 油分 积分 微分 评分 得分 充分 区分 划分 细分 等分 均分 百分 十分 过分
一分 二分 三分 四分`.split(/\s+/)
// 后 and 前 after a name tell the time of what follows ("所述报警信息后，", "所述巡检数据后生成…", "所述数据前将…"):
// they end a term where the clause ends or goes on with a particle, a reference or a verb; before a name
// they stay in it ("所述车辆前轮", "所述处理后图像"), and so does a term they open ("所述后壳体", "所述前端").
const TIME_WORDS = new Set(Array.from('后前', (character) => character.charCodeAt(0)))
const PUNCTUATION = '，,。；;：:、（(）)[]【】"“”\'‘’！!？?《》<>≤≥=+×*/\\|~～—…·\u3000'
const QUANTITIES = '一二两三四五六七八九十几多每各若0123456789'
const ORDINAL_DIGITS = '一二三四五六七八九十0123456789'
// Words that open a modifier before the term it describes ("用于…的电机", "与所述底座连接的夹紧部")
// and never begin a name, unlike 连接 or 固定 ("连接板", "固定环").
const MODIFIER_OPENERS = `用于 用以 通过 经过 经由 位于 处于 远离 靠近 根据 按照 作为 采用 利用 借助 基于 设置在
设置于 设于 安装在 安装于 连接在 连接于 连接到 固定在 固定于 对应于 与 在 由 从 将 被 把 使 沿`.split(/\s+/)
const MODIFIER_END = new Set(Array.from('的，,。；;：:\n', (character) => character.charCodeAt(0)))
const OF = '的'.charCodeAt(0)
const IS_FIRST = '为'.charCodeAt(0)
const BE_FIRST = '是'.charCodeAt(0)
const THAT = '该'.charCodeAt(0)
// 所述 and 上述 end alike.
const SAID_FIRST = '所'.charCodeAt(0)
const ABOVE_FIRST = '上'.charCodeAt(0)
const SAID_SECOND = '述'.charCodeAt(0)
const ORDINAL_PREFIX = '第'.charCodeAt(0)
const MAX_TERM_LENGTH = 24
const MAX_MODIFIER_LENGTH = 40

// One table lookup tells what a character can start; most characters of a term start nothing.
const PUNCTUATION_OR_SPACE = 1
const PARTICLE = 2
const LOCALISER = 4
const OPENS_BOUNDARY_WORD = 8
const OPENS_NAMING_VERB = 16
const QUANTITY = 32
const ORDINAL_DIGIT = 64
const ASCII_DIGIT = 128
const EARLY_LOCALISER = 256
const ENDS_VALUE = 512
const OPENS_PREDICATE = 1024
const OPENS_PLACEMENT_VERB = 2048
const OBJECT_PREPOSITION = 4096
const OPENS_COMPARISON = 8192
const OPENS_WHICH_CLAUSE = 16384
const OPENS_DIVISION = 32768
const TELLS_TIME = 65536
const CHARACTER_CLASSES = new Uint32Array(0x10000)

// Marks each character of a string, or the first character of each word of a list.
function classify(entries: string | readonly string[], flag: number): void {
  for (const entry of entries) {
    const code = entry.charCodeAt(0)
    CHARACTER_CLASSES[code] = (CHARACTER_CLASSES[code] ?? 0) | flag
  }
}
for (let code = 0; code <= 32; code++) CHARACTER_CLASSES[code] = PUNCTUATION_OR_SPACE
classify(PUNCTUATION, PUNCTUATION_OR_SPACE)
classify(PARTICLES, PARTICLE)
classify(LOCALISERS, LOCALISER)
classify(EARLY_LOCALISERS, EARLY_LOCALISER)
classify(BOUNDARY_WORDS, OPENS_BOUNDARY_WORD)
classify(NAMING_VERBS, OPENS_NAMING_VERB)
classify(QUANTITIES, QUANTITY)
classify(ORDINAL_DIGITS, ORDINAL_DIGIT)
classify('0123456789', ASCII_DIGIT)
classify(VALUE_ENDS, ENDS_VALUE)
classify(PREDICATE_OPENERS, OPENS_PREDICATE)
classify(PLACEMENT_VERBS, OPENS_PLACEMENT_VERB)
classify(OBJECT_PREPOSITIONS, OBJECT_PREPOSITION)
classify(COMPARATIVE_ADVERBS, OPENS_COMPARISON)
classify('所', OPENS_WHICH_CLAUSE)
classify(DIVIDING_WORDS, OPENS_DIVISION)
classify('后前', TELLS_TIME)

const BOUNDARY_WORDS_BY_FIRST = byFirstCode(BOUNDARY_WORDS)
const NAMING_VERBS_BY_FIRST = byFirstCode(NAMING_VERBS)
const MODIFIER_OPENERS_BY_FIRST = byFirstCode(MODIFIER_OPENERS)
const PREDICATE_OPENERS_BY_FIRST = byFirstCode(PREDICATE_OPENERS)
const PLACEMENT_VERBS_BY_FIRST = byFirstCode(PLACEMENT_VERBS)
const PREDICATE_STATES_BY_FIRST = byFirstCode(PREDICATE_STATES)
const WORDS_BEFORE_OPENERS_BY_LAST = byLastCode(WORDS_BEFORE_OPENERS)
const WORDS_BEFORE_PREPOSITIONS_BY_LAST = byLastCode(WORDS_BEFORE_PREPOSITIONS)
const TIME_NOUNS_BY_FIRST = byFirstCode(TIME_NOUNS)
const WORDS_ENDING_IN_WHICH_BY_LAST = byLastCode(WORDS_ENDING_IN_WHICH)
const WORDS_ENDING_IN_DIVIDE_BY_LAST = byLastCode(WORDS_ENDING_IN_DIVIDE)
const WORDS_AFTER_PREPOSITIONS_BY_FIRST = byFirstCode(WORDS_AFTER_PREPOSITIONS)
const VERBS_AFTER_OBJECT_BY_FIRST = byFirstCode(VERBS_AFTER_OBJECT)
const AGENT_VERBS_BY_FIRST = byFirstCode(AGENT_VERBS)
// Every list of verbs, each looked up by first character.
const ALL_VERBS_BY_FIRST = [NAMING_VERBS_BY_FIRST, BOUNDARY_WORDS_BY_FIRST, PLACEMENT_VERBS_BY_FIRST, VERBS_AFTER_OBJECT_BY_FIRST, AGENT_VERBS_BY_FIRST]

function byFirstCode(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>()
  for (const word of words) map.set(word.charCodeAt(0), [...(map.get(word.charCodeAt(0)) ?? []), word])
  return map
}

function byLastCode(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>()
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1)
    map.set(last, [...(map.get(last) ?? []), word])
  }
  return map
}

/** The word of `words` written at `index`, if any. */
function wordAt(text: string, index: number, words: ReadonlyMap<number, readonly string[]>): string | undefined {
  const candidates = words.get(text.charCodeAt(index))
  if (candidates === undefined) return undefined
  for (const word of candidates) if (text.startsWith(word, index)) return word
  return undefined
}

function isPunctuationOrSpace(code: number): boolean {
  return (CHARACTER_CLASSES[code]! & PUNCTUATION_OR_SPACE) !== 0
}

/** Whether `text` from `start` to `end` is an ordinal alone ("第一", "第2"), which names nothing yet. */
export function isOrdinalOnly(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start) !== ORDINAL_PREFIX) return false
  for (let index = start + 1; index < end; index++) {
    if (!(CHARACTER_CLASSES[text.charCodeAt(index)]! & ORDINAL_DIGIT)) return false
  }
  return true
}

// What follows a naming verb inside a name: "控制单元", "处理结果", "检测值", "滤波器".
const NAMES_AFTER_VERB = [...ACTOR_HEADS, '器', '机', '部', '件', '值', '量', '结果', '信号', '模型', '网络', '系统', '参数', '指令', '请求', '程序', '算法']

/** Whether the naming verb at `index` starts a name rather than a predicate: "控制单元", "处理结果". */
export function namingVerbStartsName(text: string, index: number): boolean {
  const verb = wordAt(text, index, NAMING_VERBS_BY_FIRST)
  return verb !== undefined && NAMES_AFTER_VERB.some((name) => text.startsWith(name, index + verb.length))
}

/** Whether a naming verb ("计算", "控制") is written at `index`. */
export function opensNamingVerb(text: string, index: number): boolean {
  return wordAt(text, index, NAMING_VERBS_BY_FIRST) !== undefined
}

/** "生成所述", "驱动两个", "动作，", "检测所述": the naming verb at `index` is followed by its object or ends the clause. */
export function isPredicateVerb(text: string, index: number): boolean {
  const verb = wordAt(text, index, NAMING_VERBS_BY_FIRST)
  if (verb === undefined) return false
  const after = index + verb.length
  if (after >= text.length) return true
  const next = CHARACTER_CLASSES[text.charCodeAt(after)]!
  if (next & (PUNCTUATION_OR_SPACE | QUANTITY | PARTICLE)) return true
  return referringWordLength(text, after) > 0
}

/** The length of "所述", "上述" or "该" written at `index`; 0 if none is. */
export function referringWordLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code === THAT) return 1
  return (code === SAID_FIRST || code === ABOVE_FIRST) && text.charCodeAt(index + 1) === SAID_SECOND ? 2 : 0
}

/** Whether `text` from `start` to `end` is one verb of the lexicon alone ("生成" in "该生成的第二模板"). */
export function isChineseVerb(text: string, start: number, end: number): boolean {
  const verb = wordAt(text, start, NAMING_VERBS_BY_FIRST) ?? wordAt(text, start, BOUNDARY_WORDS_BY_FIRST)
  return verb !== undefined && verb.length === end - start
}

// Whether a term that starts at `start` ends before the character at `index`.
function endsTermAt(text: string, start: number, index: number): boolean {
  const classes = CHARACTER_CLASSES[text.charCodeAt(index)]!
  if (classes === 0) return false
  const boundary = (classes & PARTICLE) !== 0
    || ((classes & LOCALISER) !== 0 && (index - start >= 2 || (classes & EARLY_LOCALISER) !== 0) && !namesOnAfterPrefix(text, start, index)
      && wordAt(text, index, TIME_NOUNS_BY_FIRST) === undefined)
    || ((classes & OPENS_BOUNDARY_WORD) !== 0 && wordAt(text, index, BOUNDARY_WORDS_BY_FIRST) !== undefined)
    || ((classes & OPENS_NAMING_VERB) !== 0 && (isPredicateVerb(text, index) || actsAt(text, start, index)) && !namesValue(text, start, index))
    // "底座1的": the sign belongs to the reference signs, not to the term.
    || ((classes & ASCII_DIGIT) !== 0 && chineseBareSignEnd(text, index) >= 0)
    || ((classes & ENDS_VALUE) !== 0 && opensWithValuePrefix(text, start, index))
    || ((classes & OPENS_PREDICATE) !== 0 && opensPredicate(text, start, index))
    || ((classes & OPENS_COMPARISON) !== 0 && opensComparison(text, start, index))
    || ((classes & OPENS_PLACEMENT_VERB) !== 0 && placesAt(text, index))
    || ((classes & OBJECT_PREPOSITION) !== 0 && opensObjectPhrase(text, start, index))
    || ((classes & OPENS_WHICH_CLAUSE) !== 0 && opensWhichClause(text, start, index))
    || ((classes & OPENS_DIVISION) !== 0 && dividesAt(text, start, index))
    || ((classes & TELLS_TIME) !== 0 && tellsTime(text, start, index))
  return boundary && !isOrdinalOnly(text, start, index)
}

/** Whether 所 at `index` opens a relative clause after the term written from `start`: "所在", "所属", "所采集". */
function opensWhichClause(text: string, start: number, index: number): boolean {
  if (closesWord(text, start, index, WORDS_ENDING_IN_WHICH_BY_LAST)) return false
  return WHICH_CLAUSE_VERBS.has(text.charCodeAt(index + 1)) || verbAt(text, index + 1) !== undefined
}

/** Whether 分为 or 分成 at `index` divides the term written from `start`, not ends a word of it ("部分为"). */
function dividesAt(text: string, start: number, index: number): boolean {
  return DIVIDING_WORDS.some((word) => text.startsWith(word, index)) && !closesWord(text, start, index, WORDS_ENDING_IN_DIVIDE_BY_LAST)
}

/**
 * Whether 后 or 前 at `index` tells the time after the term written from `start` (two characters at
 * least): followed by the end of the clause, a particle other than 的 ("所述处理后的数据" is done
 * data), a reference, or a verb that starts no name.
 */
function tellsTime(text: string, start: number, index: number): boolean {
  if (index - start < 2 || !TIME_WORDS.has(text.charCodeAt(index))) return false
  const after = index + 1
  if (after >= text.length) return true
  const code = text.charCodeAt(after)
  if (code === OF) return false
  if (CHARACTER_CLASSES[code]! & (PUNCTUATION_OR_SPACE | PARTICLE)) return true
  return referringWordLength(text, after) > 0 || (verbAt(text, after) !== undefined && !namingVerbStartsName(text, after))
}

// Set while the object of a preposition is read, so that a preposition inside it is not asked about its own object.
let readingObject = false

/**
 * Whether a preposition at `index` (对, 向, 朝, 往, 按) opens a verb phrase after the term written from
 * `start`: followed by a reference or a count ("对所述读数", "对两个所述读数"), a direction ("向上移动"),
 * or a thing and then what is done to it ("对拉力传感器（3）的读数进行风载补偿", "向服务器发送数据");
 * not where it closes or opens a word ("风向", "径向", "一对", "按钮", "对称", "向量").
 */
function opensObjectPhrase(text: string, start: number, index: number): boolean {
  if (readingObject || (CHARACTER_CLASSES[text.charCodeAt(index - 1)]! & QUANTITY) !== 0) return false
  if (closesWord(text, start, index, WORDS_BEFORE_PREPOSITIONS_BY_LAST)) return false
  const after = index + 1
  if (referringWordLength(text, after) > 0) return true
  if (wordAt(text, after, WORDS_AFTER_PREPOSITIONS_BY_FIRST) !== undefined) return false
  if (TOWARDS.has(text.charCodeAt(index)) && DIRECTIONS.has(text.charCodeAt(after))) return true
  readingObject = true
  try {
    return objectRunsToVerb(text, after)
  } finally {
    readingObject = false
  }
}

const COUNT = /(?:[一二两三四五六七八九十几多每各]+|\d+)(?:个|对|组|根|片|条|块|只|套|层|段|台|枚|颗|把|支|种)|若干个?/y
const SIGN_IN_BRACKETS = /\s*[（(][^）)]{1,12}[）)]/y

/** Whether the object read from `at` ("拉力传感器（3）的读数", "两个所述读数") is followed by what is done to it. */
function objectRunsToVerb(text: string, at: number): boolean {
  COUNT.lastIndex = at
  let position = COUNT.test(text) ? COUNT.lastIndex : at
  if (referringWordLength(text, position) > 0) return true
  for (let part = 0; part < 4; part++) {
    const end = chineseTermEnd(text, position)
    if (end <= position) return false
    SIGN_IN_BRACKETS.lastIndex = end
    position = SIGN_IN_BRACKETS.test(text) ? SIGN_IN_BRACKETS.lastIndex : end
    if (text.charCodeAt(position) !== OF) {
      return opensNamingVerb(text, position) || wordAt(text, position, PLACEMENT_VERBS_BY_FIRST) !== undefined ||
        wordAt(text, position, VERBS_AFTER_OBJECT_BY_FIRST) !== undefined
    }
    position++
    position += referringWordLength(text, position)
  }
  return false
}

/** The longest verb of any list written at `index`, if any: "驱动" in "驱动旋转", "充电", "带动", "组成". */
function verbAt(text: string, index: number): string | undefined {
  let longest: string | undefined
  for (const words of ALL_VERBS_BY_FIRST) {
    const verb = wordAt(text, index, words)
    if (verb !== undefined && (longest === undefined || verb.length > longest.length)) longest = verb
  }
  return longest
}

/**
 * Whether a verb written at `index` closes a passive phrase "由…" or "被…": followed by the end of
 * the clause, a particle ("驱动而转动", "冷却至"), a count or reference (its own object: "带动所述滚刷"),
 * a time after the act ("充电后") or another verb that closes it ("驱动旋转"); not where the verb
 * begins a name ("驱动器", "检测模块", "复位件", "充电桩", "采集处理模块").
 */
function closesAgentPhrase(text: string, index: number, depth = 0): boolean {
  const verb = verbAt(text, index)
  if (verb === undefined) return false
  const after = index + verb.length
  if (after >= text.length) return true
  const code = text.charCodeAt(after)
  if (CHARACTER_CLASSES[code]! & (PUNCTUATION_OR_SPACE | PARTICLE | QUANTITY)) return true
  if (AFTER_AGENT_VERB.has(code) || referringWordLength(text, after) > 0) return true
  return depth < 2 && closesAgentPhrase(text, after, depth + 1)
}

/**
 * Where the agent of a passive phrase, referred to from `start` after 由 or 被 and read up to `end`,
 * ends: before the first verb that closes the phrase ("所述光伏组件|充电", "所述电机|驱动旋转",
 * "所述电机驱动器|驱动", "所述充电桩|充电"). Otherwise `end`.
 */
export function passiveAgentEnd(text: string, start: number, end: number): number {
  for (let index = start + 1; index < end; index++) {
    if (closesAgentPhrase(text, index) && !isOrdinalOnly(text, start, index)) return index
  }
  return end
}

/** Whether a verb of placement at `index` is followed by where it puts a thing or by a referred object: "贴附在", "紧贴所述". */
function placesAt(text: string, index: number): boolean {
  const verb = wordAt(text, index, PLACEMENT_VERBS_BY_FIRST)
  if (verb === undefined) return false
  const after = index + verb.length
  return PLACE_PREPOSITIONS.has(text.charCodeAt(after)) || referringWordLength(text, after) > 0
}

/**
 * Whether a word of degree or obligation at `index` opens the predicate of the term written from
 * `start`: "约为0.5", "大约0.5", "基本呈", "大致与所述…平行", "左右两侧", "应小于"; not "约束件",
 * "近似值", "接近开关", nor the end of a word written before it ("智能合约为", "最大体积").
 */
function opensPredicate(text: string, start: number, index: number): boolean {
  const opener = wordAt(text, index, PREDICATE_OPENERS_BY_FIRST)
  if (opener === undefined || endsWordBefore(text, start, index)) return false
  const after = index + opener.length
  if (after >= text.length) return true
  if (CHARACTER_CLASSES[text.charCodeAt(after)]! & (PUNCTUATION_OR_SPACE | PARTICLE | QUANTITY)) return true
  return referringWordLength(text, after) > 0 || isPredicateVerb(text, after)
    || wordAt(text, after, BOUNDARY_WORDS_BY_FIRST) !== undefined || wordAt(text, after, PREDICATE_STATES_BY_FIRST) !== undefined
}

/**
 * Whether an adverb of comparison at `index` opens the predicate of the term written from `start`:
 * "较高", "很大", "更为"; not where it ends a word ("电压比较大", "参数变更为").
 */
function opensComparison(text: string, start: number, index: number): boolean {
  return COMPARED_QUALITIES.has(text.charCodeAt(index + 1)) && !endsWordBefore(text, start, index)
}

/** Whether the character at `index` closes a word written from `start` on ("合约", "策略", "最大"). */
function endsWordBefore(text: string, start: number, index: number): boolean {
  return closesWord(text, start, index, WORDS_BEFORE_OPENERS_BY_LAST)
}

/** Whether the character at `index` closes a word of `byLast` written from `start` on. */
function closesWord(text: string, start: number, index: number, byLast: ReadonlyMap<number, readonly string[]>): boolean {
  const words = byLast.get(text.charCodeAt(index))
  if (words === undefined) return false
  for (const word of words) {
    const wordStart = index - word.length + 1
    if (wordStart >= start && text.startsWith(word, wordStart)) return true
  }
  return false
}

/**
 * Whether the naming verb at `index` goes on with the name of a value written from `start`: right
 * after the prefix ("预设间隔", "预设输出值"), or where the value is stated or the clause ends
 * ("所述预定时间间隔为10分钟", "在预定时间间隔，"), as a verb with an object it ends the name
 * ("在预定时间控制所述阀门").
 */
function namesValue(text: string, start: number, index: number): boolean {
  if (isValuePrefixOnly(text, start, index)) return true
  if (!opensWithValuePrefix(text, start, index)) return false
  const verb = wordAt(text, index, NAMING_VERBS_BY_FIRST)
  const after = index + (verb?.length ?? 0)
  if (after >= text.length) return true
  const code = text.charCodeAt(after)
  return code === IS_FIRST || code === BE_FIRST || (CHARACTER_CLASSES[code]! & PUNCTUATION_OR_SPACE) !== 0
}

/** Where the value prefix a name opens with ends, after an ordinal or not ("预设", "第一预定"); -1 if it opens with none. */
export function valuePrefixEnd(text: string, start: number): number {
  let at = start
  if (text.charCodeAt(at) === ORDINAL_PREFIX) {
    at++
    while (at < text.length && (CHARACTER_CLASSES[text.charCodeAt(at)]! & ORDINAL_DIGIT) !== 0) at++
  }
  for (const prefix of VALUE_PREFIXES) if (text.startsWith(prefix, at)) return at + prefix.length
  return -1
}

/** Whether `text` from `start` to `end` is a value prefix alone: "预设", "第一预定". */
export function isValuePrefixOnly(text: string, start: number, end: number): boolean {
  return valuePrefixEnd(text, start) === end
}

/** Whether the name written from `start` before `end` opens with a value prefix and goes on past it. */
function opensWithValuePrefix(text: string, start: number, end: number): boolean {
  const prefixEnd = valuePrefixEnd(text, start)
  return prefixEnd >= 0 && prefixEnd < end
}

/**
 * "预设时长", "预设上限": a localiser after a value prefix alone goes on with the name, unless the
 * clause goes on after it ("达到预设时，").
 */
function namesOnAfterPrefix(text: string, start: number, index: number): boolean {
  if (!isValuePrefixOnly(text, start, index)) return false
  const next = CHARACTER_CLASSES[text.charCodeAt(index + 1)]
  return next !== undefined && index + 1 < text.length && (next & (PUNCTUATION_OR_SPACE | PARTICLE)) === 0
}

/** Whether a naming verb at `index` follows the name of a thing that acts, written from `start`. */
function actsAt(text: string, start: number, index: number): boolean {
  return wordAt(text, index, NAMING_VERBS_BY_FIRST) !== undefined && endsWithActorHead(text, start, index)
}

/** Whether the name written from `start` to `end` is of a thing that acts ("…计算模块", "…控制器"). */
export function endsWithActorHead(text: string, start: number, end: number): boolean {
  return ACTOR_HEADS.some((head) => end - start >= head.length && text.startsWith(head, end - head.length))
}

/** Where the term starting at `start` ends: at the first boundary, or -1 past `limit`. */
export function chineseTermEnd(text: string, start: number, limit = start + MAX_TERM_LENGTH): number {
  for (let index = start; index < text.length; index++) {
    if (isPunctuationOrSpace(text.charCodeAt(index))) return index
    if (index > start && endsTermAt(text, start, index)) return index
    if (index >= limit) return -1
  }
  return text.length
}

/**
 * Where the name written from `start` on ends before `end`: at a blank, a bracket or an
 * unbracketed reference sign ("支撑座 (1)", "底座1").
 */
export function chineseNameEnd(text: string, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code <= 32 || code === 0x3000 || code === 0xff08 || code === 40) return index
    if (index > start && (CHARACTER_CLASSES[code]! & ASCII_DIGIT) !== 0 && chineseBareSignEnd(text, index) >= 0) return index
  }
  return end
}

/** Where a term written at `start` begins once a modifier "用于…的" or "与…连接的" is passed; -1 if it does not close. */
export function afterModifier(text: string, start: number): number {
  return wordAt(text, start, MODIFIER_OPENERS_BY_FIRST) === undefined ? start : afterClause(text, start)
}

/** Where the head after a clause that runs from `start` to its 的 begins ("连接所述底座的支撑杆"); -1 if punctuation comes first. */
export function afterClause(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_MODIFIER_LENGTH)
  for (let index = start; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (MODIFIER_END.has(code)) return code === OF ? index + 1 : -1
  }
  return -1
}
