import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { BODY_FIELD } from '../../shared/editor/documentExtensions'

/** The top-level shared types a document may have; anything else is not ours. */
const ROOT_TYPES = new Set([BODY_FIELD])

/**
 * Checks a decoded Yjs update against a document schema before it is stored: every element it
 * creates must be a node type of the schema, every format a mark of it, and every new top-level
 * type a known one. Returns what is wrong, or null. (The structure — which node may hold which —
 * is ProseMirror's to enforce when the document is read.)
 */
export function schemaViolation(decoded: ReturnType<typeof Y.decodeUpdate>, schema: Schema): string | null {
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue
    if (typeof struct.parent === 'string' && !ROOT_TYPES.has(struct.parent)) return `unknown top-level type "${struct.parent}"`
    const content = struct.content
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) {
      if (!schema.nodes[content.type.nodeName]) return `node type "${content.type.nodeName}" is not in the schema`
    } else if (content instanceof Y.ContentFormat) {
      if (!schema.marks[content.key]) return `mark "${content.key}" is not in the schema`
    }
  }
  return null
}
