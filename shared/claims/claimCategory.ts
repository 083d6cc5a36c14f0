import type { ClaimCategory, ClaimLanguage } from './types'

// A Chinese noun phrase ends in its head: "桥梁钢结构挠度检测装置", "…的检测方法".
const CHINESE_HEADS: ReadonlyArray<[RegExp, ClaimCategory]> = [
  [/(?:方法|工艺|制法)$/, 'method'],
  [/(?:用途|应用)$/, 'use'],
  [/(?:介质|程序产品|计算机程序)$/, 'medium'],
  [/系统$/, 'system'],
  [/(?:装置|设备|仪器|装备|仪)$/, 'apparatus'],
]

// An English subject ends in its head: "pre-charging system", "computer storage media".
const ENGLISH_HEADS: ReadonlyArray<[RegExp, ClaimCategory]> = [
  [/(?:^|\s)(?:method|process)$/, 'method'],
  [/^use$/, 'use'],
  [/(?:^|\s)(?:medium|media|program product|computer program|software product)$/, 'medium'],
  [/(?:^|\s)system$/, 'system'],
  [/(?:^|\s)(?:apparatus|device|machine|equipment|arrangement)$/, 'apparatus'],
]

/**
 * The category of what a claim claims, read from the head of its subject: "方法"/"method" →
 * method, "用途"/"use" → use, "介质"/"medium"/"program product" → medium, "系统"/"system" →
 * system, "装置"/"设备"/"device"/"apparatus" → apparatus, any other thing → product; null when
 * the claim names no subject.
 */
export function categoryOfSubject(subject: string, language: ClaimLanguage): ClaimCategory | null {
  const head = subject.trim()
  if (head === '') return null
  const heads = language === 'zh' ? CHINESE_HEADS : ENGLISH_HEADS
  for (const [pattern, category] of heads) if (pattern.test(head)) return category
  return 'product'
}

/**
 * The two basic kinds of claim: to a physical entity (product, apparatus, system, medium) or to
 * an activity (method, use). CNIPA Guidelines Part II Ch. 2 §3.1.1 (a use claim is a method
 * claim); EPO Guidelines F-IV 3.1.
 */
export type StatutoryClass = 'entity' | 'activity'

/** Whether a category claims a physical entity or an activity. */
export function statutoryClass(category: ClaimCategory): StatutoryClass {
  return category === 'method' || category === 'use' ? 'activity' : 'entity'
}
