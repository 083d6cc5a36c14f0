/**
 * A second office action as CNIPA writes it, line by line: it introduces only the document it
 * cites anew and keeps the numbers of the first action's (对比文件1, 2), and two of its points
 * fall under the Implementing Rules.
 */
export const SECOND_CN_ACTION: readonly string[] = [
  '第二次审查意见通知书',
  '发文日：2026年9月1日',
  '本通知书新引用下列对比文件：',
  '对比文件3：CN 110987654 A，一种导线覆冰在线监测系统',
  '1. 权利要求1相对于对比文件1、对比文件2和对比文件3的结合不具备专利法第22条第3款规定的创造性。',
  '2. 权利要求3相对于对比文件3不具备专利法第22条第2款规定的新颖性。',
  '3. 说明书缺少附图说明，不符合专利法实施细则第20条第1款第（四）项的规定。',
  '4. 说明书摘要超过300字，不符合专利法实施细则第26条第2款的规定。',
]
