import type { JSONContent } from '@tiptap/core'

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const heading = (level: number, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] })
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })

/** The demo matter: a Chinese utility invention, as an IP department would write it. */
export const DEMO_MATTER_TITLE = '输电线路覆冰厚度在线监测装置及方法'

export const demoDisclosure = doc(
  heading(1, '技术交底书：输电线路覆冰厚度在线监测装置及方法'),
  heading(2, '技术领域'),
  paragraph('本发明涉及电力设备状态监测技术领域，具体涉及一种输电线路覆冰厚度在线监测装置及方法。'),
  heading(2, '背景技术及其缺点'),
  paragraph(
    '现有覆冰监测多采用称重法，通过拉力传感器测量绝缘子串受力换算等值覆冰厚度，受风载影响大，误差可达30%以上；' +
      '图像法依赖人工判读，夜间和雨雾天气无法使用。最接近的现有技术为CN108xxxxxxA，其仅测量拉力，未考虑风偏角。',
  ),
  heading(2, '要解决的技术问题'),
  paragraph('在大风和低能见度条件下准确、连续地测量导线覆冰厚度。'),
  heading(2, '技术方案'),
  paragraph(
    '监测装置包括安装在导线上的夹持座（1）、设置在夹持座（1）上的倾角传感器（2）、拉力传感器（3）、' +
      '温湿度传感器（4）以及处理单元（5）。处理单元（5）根据倾角传感器（2）测得的风偏角对拉力传感器（3）的读数进行风载补偿，' +
      '再结合温湿度传感器（4）的数据判断覆冰类型，计算等值覆冰厚度。',
  ),
  heading(2, '有益效果'),
  paragraph('风载补偿使大风条件下的测量误差由30%降至8%以内；不依赖图像，夜间与雨雾天气可连续工作。'),
  heading(2, '附图标记说明'),
  paragraph('1-夹持座；2-倾角传感器；3-拉力传感器；4-温湿度传感器；5-处理单元。'),
  heading(2, '欲保护点'),
  paragraph('1. 基于风偏角的拉力风载补偿；2. 温湿度判别覆冰类型后修正冰密度。'),
)

export const demoClaims = doc(
  heading(1, '权利要求书'),
  {
    type: 'orderedList',
    content: [
      '一种输电线路覆冰厚度在线监测装置，包括夹持座（1），其特征在于，所述夹持座（1）上设置有倾角传感器（2）、拉力传感器（3）和处理单元（5），所述处理单元（5）用于根据所述倾角传感器（2）测得的风偏角对所述拉力传感器（3）的读数进行风载补偿。',
      '根据权利要求1所述的监测装置，其特征在于，还包括温湿度传感器（4），所述处理单元（5）根据所述温湿度传感器（4）的数据判断覆冰类型。',
      '根据权利要求2所述的监测装置，其特征在于，所述处理单元（5）根据所述覆冰类型选择冰密度，并计算等值覆冰厚度。',
      '一种输电线路覆冰厚度在线监测方法，使用权利要求1-3中任一项所述的监测装置，其特征在于，包括以下步骤：采集风偏角和拉力；对拉力进行风载补偿；计算等值覆冰厚度。',
    ].map((claim) => ({ type: 'listItem', content: [paragraph(claim)] })),
  },
  heading(2, '摘要'),
  paragraph(
    '本发明公开了一种输电线路覆冰厚度在线监测装置及方法，装置包括夹持座、倾角传感器、拉力传感器和处理单元，处理单元根据风偏角对拉力读数进行风载补偿，从而在大风条件下准确测量覆冰厚度。',
  ),
)

export const demoOfficeActionReply = doc(
  heading(1, '意见陈述书'),
  heading(2, '审查意见概述'),
  paragraph('第一次审查意见通知书（发文日2026-09-01）认为：权利要求1相对于对比文件1（D1）和对比文件2（D2）的结合不具备专利法第22条第3款规定的创造性。'),
  heading(2, '修改说明'),
  paragraph('申请人将原权利要求2的附加技术特征并入权利要求1，删除原权利要求2，其余权利要求相应调整编号和引用关系。'),
  heading(2, '创造性意见陈述'),
  paragraph('D1是最接近的现有技术。修改后的权利要求1与D1的区别技术特征在于：处理单元根据风偏角对拉力读数进行风载补偿，并根据温湿度数据判断覆冰类型。'),
  paragraph('基于上述区别技术特征，本发明实际解决的技术问题是：在大风条件下准确测量覆冰厚度（说明书第[0032]段）。D2虽公开了倾角传感器，但其用于导线舞动监测，未给出将风偏角用于拉力补偿的技术启示。'),
)
