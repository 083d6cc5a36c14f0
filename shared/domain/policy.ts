import type { DocumentKind } from './documentKinds'
import type { Role } from './roles'
import type { MatterState } from './workflow'

/**
 * Who may do what, declared once (DOMAIN.md "Who works here"). The HTTP routes and the sync
 * endpoint both ask these functions; nothing else decides access. Inside a matter the role is the
 * caller's team role (see `effectiveRole` in server/access.ts).
 */

/** Actions on a workspace, decided by the workspace role. */
export type WorkspaceAction =
  /** See every matter of the workspace, on its team or not. */
  | 'workspace.seeAllMatters'
  | 'matter.create'
  | 'dashboard.read'
  /** Set the workspace's checklist templates and pass line. */
  | 'checklist.editTemplates'
  /** Change a member's workspace role or remove them; open sockets are re-checked at once. */
  | 'workspace.manageMembers'

/** Actions on a matter, decided by the caller's role in that matter. */
export type MatterAction = 'matter.read' | 'matter.manageTeam' | 'matter.edit'

/** Actions on one document, decided by the role and the document's kind. */
export type DocumentAction =
  | 'document.read'
  | 'document.create'
  | 'document.edit'
  | 'document.suggest'
  | 'document.comment'
  | 'finding.triage'
  | 'checklist.fill'
  | 'document.approve'

export type Action = WorkspaceAction | MatterAction | DocumentAction

const EVERYONE: readonly Role[] = ['inventor', 'agent', 'reviewer', 'lead', 'admin']

const WORKSPACE_POLICY: Record<WorkspaceAction, readonly Role[]> = {
  'workspace.seeAllMatters': ['lead', 'admin'],
  'matter.create': ['agent', 'lead', 'admin'],
  'dashboard.read': ['lead', 'admin'],
  'checklist.editTemplates': ['admin'],
  'workspace.manageMembers': ['admin'],
}

const MATTER_POLICY: Record<MatterAction, readonly Role[]> = {
  'matter.read': EVERYONE,
  'matter.manageTeam': ['lead', 'admin'],
  /** Rename or archive the matter and its documents (never delete: the record stays). */
  'matter.edit': ['agent', 'lead', 'admin'],
}

/**
 * Per document kind. Reviewers and leads never edit the text they review; they suggest and
 * comment. A disclosure is the inventor's text, a claim set and a reply the agent's.
 */
export const DOCUMENT_POLICY: Record<DocumentKind, Record<DocumentAction, readonly Role[]>> = {
  disclosure: {
    'document.read': EVERYONE,
    'document.create': ['inventor', 'agent', 'lead', 'admin'],
    'document.edit': ['inventor', 'agent'],
    'document.suggest': ['reviewer', 'lead'],
    'document.comment': EVERYONE,
    'finding.triage': ['inventor', 'agent', 'reviewer'],
    'checklist.fill': ['reviewer', 'lead'],
    'document.approve': ['lead'],
  },
  claims: {
    'document.read': EVERYONE,
    'document.create': ['agent', 'lead', 'admin'],
    'document.edit': ['agent'],
    'document.suggest': ['inventor', 'reviewer', 'lead'],
    'document.comment': EVERYONE,
    'finding.triage': ['agent', 'reviewer'],
    'checklist.fill': ['reviewer', 'lead'],
    'document.approve': ['lead'],
  },
  'oa-reply': {
    'document.read': EVERYONE,
    'document.create': ['agent', 'lead', 'admin'],
    'document.edit': ['agent'],
    'document.suggest': ['inventor', 'reviewer', 'lead'],
    'document.comment': EVERYONE,
    'finding.triage': ['agent', 'reviewer'],
    'checklist.fill': ['reviewer', 'lead'],
    'document.approve': ['lead'],
  },
}

/**
 * The team seats each workspace role may hold: a team narrows or shifts what someone does in one
 * matter (an agent reviewing a colleague's claims, an inventor reviewing a disclosure), never
 * beyond their workspace role — only a workspace lead leads a team and approves, and a demotion in
 * the workspace reaches every seat. An admin runs the workspace and sees every matter; on a team
 * they may only review or contribute as an inventor.
 */
const TEAM_SEATS: Record<Role, readonly Role[]> = {
  lead: ['lead', 'agent', 'reviewer', 'inventor'],
  agent: ['agent', 'reviewer', 'inventor'],
  reviewer: ['reviewer'],
  inventor: ['inventor', 'reviewer'],
  admin: ['reviewer', 'inventor'],
}

/** Whether a member with this workspace role may hold this seat on a matter's team. */
export function mayHoldSeat(workspaceRole: Role, seat: Role): boolean {
  return TEAM_SEATS[workspaceRole].includes(seat)
}

/** Whether a member with this workspace role may take this workspace-wide action. */
export function canInWorkspace(role: Role, action: WorkspaceAction): boolean {
  return WORKSPACE_POLICY[action].includes(role)
}

/** Whether someone with this role in a matter may take this action on the matter. */
export function canOnMatter(role: Role, action: MatterAction): boolean {
  return MATTER_POLICY[action].includes(role)
}

/** Whether someone with this role in a matter may take this action on a document of this kind. */
export function canOnDocument(role: Role, kind: DocumentKind, action: DocumentAction): boolean {
  return DOCUMENT_POLICY[kind][action].includes(role)
}

/** Every document action this role may take on this kind, for the client to show and hide controls. */
export function documentPermissions(role: Role, kind: DocumentKind): DocumentAction[] {
  return (Object.keys(DOCUMENT_POLICY[kind]) as DocumentAction[]).filter((action) => canOnDocument(role, kind, action))
}

/** A step of the matter's workflow and who may take it. */
export interface MatterTransition {
  from: MatterState
  to: MatterState
  roles: readonly Role[]
}

const WITHDRAWABLE: readonly MatterState[] = ['disclosure', 'evaluation', 'drafting', 'review', 'approved', 'filed', 'office-action']

/**
 * The allowed state changes of a matter (DOMAIN.md "The workflow"). Sending back is allowed where
 * the guideline sends back: evaluation returns a disclosure for improvement, review returns a
 * draft for changes. Office decisions (grant, rejection) are recorded by the agent or the lead.
 */
export const MATTER_TRANSITIONS: readonly MatterTransition[] = [
  { from: 'disclosure', to: 'evaluation', roles: ['inventor', 'agent', 'lead'] },
  { from: 'evaluation', to: 'disclosure', roles: ['reviewer', 'lead'] },
  { from: 'evaluation', to: 'drafting', roles: ['reviewer', 'lead'] },
  { from: 'drafting', to: 'review', roles: ['agent', 'lead'] },
  { from: 'review', to: 'drafting', roles: ['reviewer', 'lead'] },
  { from: 'review', to: 'approved', roles: ['lead'] },
  { from: 'approved', to: 'filed', roles: ['agent', 'lead'] },
  { from: 'filed', to: 'office-action', roles: ['agent', 'lead'] },
  { from: 'office-action', to: 'filed', roles: ['agent', 'lead'] },
  { from: 'filed', to: 'granted', roles: ['agent', 'lead'] },
  { from: 'office-action', to: 'granted', roles: ['agent', 'lead'] },
  { from: 'filed', to: 'rejected', roles: ['agent', 'lead'] },
  { from: 'office-action', to: 'rejected', roles: ['agent', 'lead'] },
  ...WITHDRAWABLE.map((from) => ({ from, to: 'withdrawn' as const, roles: ['lead'] as const })),
  { from: 'granted', to: 'lapsed', roles: ['lead'] },
]

/** Whether a matter moved to this state stays there: no step leads out of it (rejected, withdrawn, lapsed). */
export const isFinalState = (state: MatterState): boolean => !MATTER_TRANSITIONS.some((t) => t.from === state)

/** The transition from → to, or null when the workflow has no such step. */
export function findTransition(from: MatterState, to: MatterState): MatterTransition | null {
  return MATTER_TRANSITIONS.find((t) => t.from === from && t.to === to) ?? null
}

/** The states this role may move a matter to from its current state. */
export function nextStates(role: Role, from: MatterState): MatterState[] {
  return MATTER_TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.to)
}
