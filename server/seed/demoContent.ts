import type { JSONContent } from '@tiptap/core'
import {
  claimList,
  documentTitle,
  objectionList,
  officeAction,
  patentDocument,
  section,
  subheading,
} from '../../shared/editor/documentBuilders'
import type { BaselineClaim } from '../../shared/editor/claimBaseline'

/** The demo matter: a Chinese invention, written as an IP department would write it. */
export const DEMO_MATTER_TITLE = '输电线路覆冰厚度在线监测装置及方法'

export const demoDisclosure = (): JSONContent =>
  patentDocument(
    documentTitle(DEMO_MATTER_TITLE),
    section('technicalField', ['本发明涉及电力设备状态监测技术领域，具体涉及一种输电线路覆冰厚度在线监测装置及方法。']),
    section('background', [
      '现有覆冰监测多采用称重法，通过拉力传感器测量绝缘子串受力换算等值覆冰厚度，受风载影响大，误差可达30%以上；图像法依赖人工判读，夜间和雨雾天气无法使用。',
      '最接近的现有技术为D1（CN108xxxxxxA），其仅测量拉力，未考虑风偏角。',
    ]),
    section('technicalProblem', ['在大风和低能见度条件下准确、连续地测量导线覆冰厚度。']),
    section('technicalSolution', [
      '监测装置包括安装在导线上的夹持座1、设置在夹持座1上的倾角传感器2、拉力传感器3、温湿度传感器4以及处理单元5。',
      '处理单元5根据倾角传感器2测得的风偏角对拉力传感器3的读数进行风载补偿，再结合温湿度传感器4的数据判断覆冰类型（雨凇、雾凇、混合凇），选取对应冰密度，计算等值覆冰厚度。',
    ]),
    section('keyFeatures', ['基于风偏角的拉力风载补偿；按覆冰类型选取冰密度。']),
    section('beneficialEffects', ['风载补偿使大风条件下的测量误差由30%降至8%以内；不依赖图像，夜间与雨雾天气可连续工作。']),
    section('drawings', ['图1为监测装置的结构示意图；图2为监测方法的流程图。']),
    section('referenceNumerals', ['1 夹持座', '2 倾角传感器', '3 拉力传感器', '4 温湿度传感器', '5 处理单元']),
    section('embodiments', [
      '实施例1：在220kV线路耐张塔处安装监测装置，采样周期10分钟，处理单元5通过4G网络上传数据。',
      '变形：倾角传感器2可替换为双轴加速度计，由重力分量计算风偏角。',
    ]),
    section('protectionPoints', ['1. 基于风偏角的拉力风载补偿；2. 温湿度判别覆冰类型后修正冰密度。']),
    section('priorArtSearch', ['CNABS，检索式：覆冰 AND (拉力 OR 称重) AND 风偏，2026-08-12，D1：CN108xxxxxxA；D2：CN110xxxxxxA']),
    section('inventors', ['张伟 60%；刘洋 40%']),
    section('priorPublication', ['无']),
  )

/** The demo claim set's claims as filed, with ids of their own so that the reply's amended claims can match them. */
const DEMO_CLAIMS: BaselineClaim[] = [
  { id: 'demo-claim-1', text: '一种输电线路覆冰厚度在线监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有倾角传感器（2）、拉力传感器（3）和处理单元（5），所述处理单元（5）用于根据所述倾角传感器（2）测得的风偏角对所述拉力传感器（3）的读数进行风载补偿。' },
  { id: 'demo-claim-2', text: '根据权利要求1所述的输电线路覆冰厚度在线监测装置，其特征在于，还包括温湿度传感器（4），所述处理单元（5）根据所述温湿度传感器（4）的数据判断覆冰类型。' },
  { id: 'demo-claim-3', text: '根据权利要求2所述的输电线路覆冰厚度在线监测装置，其特征在于，所述处理单元（5）根据所述覆冰类型选取冰密度，并计算等值覆冰厚度。' },
  { id: 'demo-claim-4', text: '根据权利要求1或2所述的输电线路覆冰厚度在线监测装置，其特征在于，所述倾角传感器（2）为双轴加速度计。' },
  { id: 'demo-claim-5', text: '一种输电线路覆冰厚度在线监测方法，使用权利要求1-4中任一项所述的输电线路覆冰厚度在线监测装置，其特征在于，包括以下步骤：采集风偏角和拉力；对所述拉力进行风载补偿；计算等值覆冰厚度。' },
]

/** The demo claim set's description, subheadings and paragraphs. */
const DEMO_DESCRIPTION = [
  subheading('技术领域'),
  '本发明涉及电力设备状态监测技术领域，具体涉及一种输电线路覆冰厚度在线监测装置及方法。',
  subheading('背景技术'),
  '现有称重法通过拉力传感器测量绝缘子串受力换算等值覆冰厚度，受风载影响大。',
  subheading('发明内容'),
  '本发明提供一种输电线路覆冰厚度在线监测装置，包括夹持座、倾角传感器、拉力传感器、温湿度传感器和处理单元。处理单元根据倾角传感器测得的风偏角对拉力传感器的读数进行风载补偿，根据温湿度传感器的数据判断覆冰类型，选取冰密度并计算等值覆冰厚度。倾角传感器可以为双轴加速度计。本发明还提供一种输电线路覆冰厚度在线监测方法，包括采集风偏角和拉力、对拉力进行风载补偿、计算等值覆冰厚度的步骤。',
  subheading('附图说明'),
  '图1为监测装置的结构示意图；图2为监测方法的流程图。',
  subheading('具体实施方式'),
  '如图1所示，夹持座1安装在导线上，倾角传感器2、拉力传感器3、温湿度传感器4和处理单元5设置在夹持座1上。',
]

export const demoClaims = (): JSONContent =>
  patentDocument(
    documentTitle(DEMO_MATTER_TITLE),
    claimList(DEMO_CLAIMS),
    section('abstract', [
      '本发明公开了一种输电线路覆冰厚度在线监测装置及方法，装置包括夹持座、倾角传感器、拉力传感器和处理单元，处理单元根据风偏角对拉力读数进行风载补偿，从而在大风条件下准确测量覆冰厚度。',
    ]),
    section('description', DEMO_DESCRIPTION),
  )

export const demoOfficeActionReply = (): JSONContent =>
  patentDocument(
    documentTitle(DEMO_MATTER_TITLE),
    officeAction('first', '2026-09-01', [
      { number: 'CN108xxxxxxA', title: '一种输电线路覆冰监测装置', passages: '说明书第[0012]-[0018]段，图1' },
      { number: 'CN110xxxxxxA', title: '导线舞动监测系统', passages: '说明书第[0025]段' },
    ]),
    objectionList([
      {
        claims: '1-3',
        ground: 'A22.3',
        cited: 'D1, D2',
        argument: [
          'D1是最接近的现有技术。修改后的权利要求1与D1的区别技术特征在于：处理单元根据风偏角对拉力读数进行风载补偿，并根据温湿度数据判断覆冰类型。',
          '基于上述区别技术特征，本发明实际解决的技术问题是在大风条件下准确测量覆冰厚度（说明书第[0032]段）。D2虽公开了倾角传感器，但其用于导线舞动监测，未给出将风偏角用于拉力补偿的技术启示。',
        ],
      },
    ]),
    section('summary', ['第一次审查意见通知书认为权利要求1-3相对于D1和D2的结合不具备专利法第22条第3款规定的创造性。']),
    section('amendments', ['将原权利要求2的附加技术特征并入权利要求1，删除原权利要求2，其余权利要求相应调整编号和引用关系。']),
    claimList(
      [
        { id: 'demo-claim-1', text: '一种输电线路覆冰厚度在线监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有倾角传感器（2）、拉力传感器（3）、温湿度传感器（4）和处理单元（5），所述处理单元（5）用于根据所述倾角传感器（2）测得的风偏角对所述拉力传感器（3）的读数进行风载补偿，并根据所述温湿度传感器（4）的数据判断覆冰类型。' },
        { id: 'demo-claim-3', text: '根据权利要求1所述的输电线路覆冰厚度在线监测装置，其特征在于，所述处理单元（5）根据所述覆冰类型选取冰密度，并计算等值覆冰厚度。' },
        { id: 'demo-claim-4', text: '根据权利要求1所述的输电线路覆冰厚度在线监测装置，其特征在于，所述倾角传感器（2）为双轴加速度计。' },
        { id: 'demo-claim-5', text: '一种输电线路覆冰厚度在线监测方法，使用权利要求1-3中任一项所述的输电线路覆冰厚度在线监测装置，其特征在于，包括以下步骤：采集风偏角和拉力；对所述拉力进行风载补偿；计算等值覆冰厚度。' },
      ],
      'amended',
      // The claims as filed, as "start from the claim set" keeps them: the markup and the
      // added-matter check of the demo reply have something to compare with.
      { source: '权利要求书 · 申请时', claims: DEMO_CLAIMS, description: DEMO_DESCRIPTION.filter((p) => typeof p === 'string').join('\n') },
    ),
  )
