import type { Role } from './roles'

/**
 * What a member may do, declared once. The HTTP routes and the sync endpoint both ask `can`;
 * nothing else decides access. Later per-matter roles extend this table, they do not bypass it.
 */
export type Action =
  | 'matter.read'
  | 'matter.create'
  | 'document.read'
  | 'document.create'
  | 'document.edit'

const POLICY: Record<Action, readonly Role[]> = {
  'matter.read': ['inventor', 'agent', 'reviewer', 'lead', 'admin'],
  'matter.create': ['agent', 'lead', 'admin'],
  'document.read': ['inventor', 'agent', 'reviewer', 'lead', 'admin'],
  'document.create': ['inventor', 'agent', 'lead', 'admin'],
  // Reviewers annotate but never change the text they review.
  'document.edit': ['inventor', 'agent', 'lead', 'admin'],
}

/** Whether a member with this role may take this action in their workspace. */
export function can(role: Role, action: Action): boolean {
  return POLICY[action].includes(role)
}
