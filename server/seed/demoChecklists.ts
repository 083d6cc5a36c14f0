import type { DocumentKind } from '../../shared/domain/documentKinds'
import type { ChecklistState } from '../../shared/review/checklist'

type DemoMark = { state: ChecklistState; note: string }

/**
 * A filled-in example of each checklist, as a reviewer of the demo department would fill it for
 * the icing monitor. Rule-bound items are left to the checker.
 */
export const DEMO_CHECKLISTS: Record<DocumentKind, Record<string, DemoMark>> = {
  disclosure: {
    'legal.stability': { state: 'pass', note: '风载补偿结合覆冰类型判别，D1、D2均未公开该组合。' },
    'legal.design-around': { state: 'pass', note: '以风偏角补偿拉力是核心，难以绕开。' },
    'legal.infringement-proof': { state: 'fail', note: '处理单元内部算法难以从外部取证，建议在权利要求中写入可观测的输出。' },
    'legal.remaining-term': { state: 'pass', note: '尚未申请，保护期完整。' },
    'technical.advancement': { state: 'pass', note: '大风条件下误差由30%降至8%以内。' },
    'technical.maturity': { state: 'pass', note: '已在220kV线路试运行。' },
    'technical.substitutability': { state: 'pass', note: '' },
    'technical.scope': { state: 'pass', note: '适用于各电压等级架空线路。' },
    'economic.market': { state: 'pass', note: '国网、南网覆冰区线路监测需求明确。' },
    'economic.licensing': { state: 'n/a', note: '自用为主，暂不考虑许可。' },
    'economic.policy': { state: 'pass', note: '符合电网防灾减灾政策方向。' },
    'form.prior-art-search': { state: 'pass', note: 'CNABS检索记录完整，列出D1、D2。' },
  },
  claims: {
    'quality.prior-art-searched': { state: 'pass', note: '已检索CNABS与DWPI。' },
    'quality.innovation-points': { state: 'pass', note: '风载补偿与按覆冰类型选取冰密度两点均已写入。' },
    'quality.scope': { state: 'pass', note: '' },
    'quality.categories': { state: 'pass', note: '装置与方法两类权利要求。' },
  },
  'oa-reply': {
    'reply.every-ground': { state: 'pass', note: '唯一的A22.3理由已逐项答复。' },
    'reply.within-disclosure': { state: 'pass', note: '并入的特征见原权利要求2及说明书。' },
    'reply.distinguishing-features': { state: 'pass', note: '' },
    'reply.problem-solved': { state: 'pass', note: '引用说明书第[0032]段。' },
    'reply.deadline': { state: 'pass', note: '发文日2026-09-01，期限2027-01-01。' },
  },
}
