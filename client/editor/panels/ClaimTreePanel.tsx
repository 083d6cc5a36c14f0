import type { Editor } from '@tiptap/core'
import type { ParsedClaim } from '../../../shared/claims/types'
import { readClaimLists } from '../../../shared/editor/readPatentDocument'
import { useI18n } from '../../i18n/I18nProvider'
import { jumpTo } from '../useDocumentAnalysis'

interface TreeNode {
  claim: ParsedClaim
  children: TreeNode[]
}

/**
 * Independent claims are roots; a dependent claim hangs under the first claim it refers to and
 * names the others, so a multiple dependent claim appears once.
 */
export function claimTree(claims: readonly ParsedClaim[]): TreeNode[] {
  const nodes = new Map(claims.map((claim) => [Number(claim.number), { claim, children: [] as TreeNode[] }]))
  const roots: TreeNode[] = []
  for (const node of nodes.values()) {
    const parent = node.claim.kind === 'dependent' ? nodes.get(Number(node.claim.dependsOn[0])) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** The dependency structure of the claims; a click jumps to the claim. */
export function ClaimTreePanel({ editor, claims }: { editor: Editor | null; claims: ParsedClaim[] }) {
  const { t } = useI18n()
  const jump = (number: number) => {
    if (!editor) return
    const list = readClaimLists(editor.state.doc)[0]
    const claim = list?.claims[number - 1]
    if (claim) jumpTo(editor, claim.pos + 1, claim.pos + 1)
  }
  const render = (node: TreeNode) => {
    // A dependent claim sits under its first reference; an independent one that refers back (CN practice) names them all.
    const others = node.claim.kind === 'dependent' ? node.claim.dependsOn.slice(1) : node.claim.dependsOn
    return (
    <li key={node.claim.number}>
      <button type="button" className="claim-node" onClick={() => jump(node.claim.number)} data-claim={node.claim.number}>
        <strong>{node.claim.number}</strong> <span translate="no">{node.claim.subject || '…'}</span>
        {node.claim.kind === 'independent' && <span className="badge">{t('claimTree.independent')}</span>}
        {node.claim.kind === 'cancelled' && <span className="badge">{t('claimTree.cancelled')}</span>}
        {others.length > 0 && <span className="muted small"> · {t('claimTree.alsoRefersTo', { numbers: others.join(', ') })}</span>}
      </button>
      {node.children.length > 0 && <ul>{node.children.map(render)}</ul>}
    </li>
    )
  }
  return (
    <div className="panel" data-testid="claim-tree">
      <h2 className="sr-only">{t('claimTree.title')}</h2>
      {claims.length === 0 ? <p className="muted">{t('claimTree.empty')}</p> : <ul className="claim-tree">{claimTree(claims).map(render)}</ul>}
    </div>
  )
}
