/** Branded ids: a DocumentId is never accepted where a MatterId is expected. */
export type UserId = string & { readonly __brand: 'UserId' }
export type WorkspaceId = string & { readonly __brand: 'WorkspaceId' }
export type MatterId = string & { readonly __brand: 'MatterId' }
export type DocumentId = string & { readonly __brand: 'DocumentId' }

/** Ids are opaque strings of url-safe characters; anything else is not an id of ours. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

export const isId = (value: string): boolean => ID_PATTERN.test(value)
