/** The roles of a workspace member (DOMAIN.md "Who works here"). */
export const ROLES = ['inventor', 'agent', 'reviewer', 'lead', 'admin'] as const

export type Role = (typeof ROLES)[number]

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

/** A role or kind with its English article, for the API's messages: "an inventor", "a lead", "an oa-reply". */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
