import type { NodeType, Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { BODY_FIELD } from '../../shared/editor/documentSchema'
import { MISSING_CONTENT } from '../sync/syncMessages'

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>
type Struct = DecodedUpdate['structs'][number]
type Content = Y.Item['content']

/** Where an item sits, which decides what content it may hold. */
type Place =
  | { kind: 'children'; of: 'body' | { element: string } }
  | { kind: 'attribute'; element: string; name: string }
  | { kind: 'text' }
  /** In a type that was deleted and collected: Yjs discards such an item, whatever it holds. */
  | { kind: 'collected' }
  | { kind: 'refused'; why: string }

/**
 * Checks an update against a document's schema before it is stored. The whole document lives in
 * one root, the `body` XML fragment, as y-prosemirror writes it: fragments and elements hold
 * the elements their node type's content may hold, and texts only where it holds text (a text
 * loose in the body, or a claim list inside a claim, breaks every reader of the document); an
 * element's attributes are the attributes its node type declares, holding plain values (strings,
 * numbers, booleans, null); texts hold characters and the schema's marks. Order and counts are
 * left to the editor's own repair. Any other root, any other kind of
 * content anywhere (a Y.Array of plain values in `body`, a map, binary, a sub-document) would make
 * the document unreadable for every client and the server, for good — so it is refused.
 *
 * An item names its place by its parent, or by the neighbour it was inserted beside; that
 * neighbour may be in the same update, in updates accepted but not yet stored (`inFlight`), or in
 * the document. An item whose place cannot be found is refused too: a client's updates only ever
 * build on what the server has, so this happens only to crafted updates (which could otherwise
 * wait in Yjs's pending queue for a later update to drop them into the wrong place).
 */
export function schemaViolation(
  update: DecodedUpdate,
  schema: Schema,
  doc: Y.Doc,
  inFlight: readonly DecodedUpdate[] = [],
): string | null {
  const lookup = new StructLookup(update, inFlight, doc)
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue
    const place = placeOf(struct, lookup, 0)
    const violation = contentViolation(struct.content, place, schema)
    if (violation) return violation
  }
  return null
}

function contentViolation(content: Content, place: Place, schema: Schema): string | null {
  if (place.kind === 'refused') return place.why
  if (place.kind === 'collected' || content instanceof Y.ContentDeleted) return null
  switch (place.kind) {
    case 'children': {
      const parentName = place.of === 'body' ? 'the document' : `"${place.of.element}"`
      const parent = place.of === 'body' ? schema.topNodeType : schema.nodes[place.of.element]
      const child =
        content instanceof Y.ContentType && content.type instanceof Y.XmlElement && !(content.type instanceof Y.XmlHook)
          ? content.type.nodeName
          : content instanceof Y.ContentType && content.type instanceof Y.XmlText
            ? 'text'
            : null
      if (child === null) return `${describe(content)} cannot be a child of ${parentName}`
      if (child !== 'text' && !schema.nodes[child]) return `node type "${child}" is not in the schema`
      if (parent && !childTypes(parent).has(child)) return `${child === 'text' ? 'text' : `"${child}"`} cannot be a child of ${parentName}`
      return null
    }
    case 'attribute': {
      const attrs = schema.nodes[place.element]?.spec.attrs ?? {}
      if (!Object.hasOwn(attrs, place.name)) return `"${place.element}" has no attribute "${place.name}"`
      if (!(content instanceof Y.ContentAny)) return `attribute "${place.name}" must hold a plain value, not ${describe(content)}`
      return content.arr.every(isPlainValue) ? null : `attribute "${place.name}" must hold a string, number, boolean or null`
    }
    case 'text':
      if (content instanceof Y.ContentString) return null
      if (content instanceof Y.ContentFormat) {
        return schema.marks[content.key] ? null : `mark "${content.key}" is not in the schema`
      }
      return `${describe(content)} cannot be inside text`
  }
}

const isPlainValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

const childTypesOf = new WeakMap<NodeType, Set<string>>()

/** Every node type a node of this type may hold somewhere in its content ("text" for text). */
function childTypes(type: NodeType): Set<string> {
  let names = childTypesOf.get(type)
  if (names) return names
  names = new Set()
  const seen = new Set([type.contentMatch])
  const pending = [type.contentMatch]
  for (let match = pending.pop(); match; match = pending.pop()) {
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i)
      names.add(edge.type.name)
      if (!seen.has(edge.next)) {
        seen.add(edge.next)
        pending.push(edge.next)
      }
    }
  }
  childTypesOf.set(type, names)
  return names
}

function describe(content: Content): string {
  if (content instanceof Y.ContentType) return `a ${content.type.constructor.name}`
  return `content of kind ${content.constructor.name}`
}

/** A parent chain longer than this is not one a client builds: each step is one neighbour. */
const MAX_NEIGHBOUR_STEPS = 10_000

function placeOf(item: Y.Item, lookup: StructLookup, steps: number): Place {
  if (steps > MAX_NEIGHBOUR_STEPS) return { kind: 'refused', why: 'item placed by too long a chain of neighbours' }
  const parent = item.parent as unknown
  if (typeof parent === 'string') {
    if (parent !== BODY_FIELD) return { kind: 'refused', why: `unknown top-level type "${parent}"` }
    if (item.parentSub !== null) return { kind: 'refused', why: 'the document root has no attributes' }
    return { kind: 'children', of: 'body' }
  }
  if (parent instanceof Y.ID) return placeIn(lookup.typeAt(parent), item.parentSub)
  if (parent instanceof Y.AbstractType) return placeIn(parent, item.parentSub)
  // Placed beside a neighbour: it shares the neighbour's parent (and attribute name).
  const neighbourId = item.origin ?? item.rightOrigin
  if (!neighbourId) return { kind: 'refused', why: 'item without a parent' }
  const neighbour = lookup.structAt(neighbourId)
  if (neighbour === undefined) return { kind: 'refused', why: MISSING_CONTENT }
  if (!(neighbour instanceof Y.Item)) return { kind: 'collected' }
  return placeOf(neighbour, lookup, steps + 1)
}

/** The place a parent type (or what is known of it) gives its children or attribute values. */
function placeIn(parent: Y.AbstractType<unknown> | ParentType | undefined, parentSub: string | null): Place {
  if (parent === undefined) return { kind: 'refused', why: MISSING_CONTENT }
  if (parent === 'collected') return { kind: 'collected' }
  if (parent instanceof Y.XmlElement && !(parent instanceof Y.XmlHook)) {
    return parentSub === null ? { kind: 'children', of: { element: parent.nodeName } } : { kind: 'attribute', element: parent.nodeName, name: parentSub }
  }
  if (parent instanceof Y.XmlText) return parentSub === null ? { kind: 'text' } : { kind: 'refused', why: 'text has no attributes' }
  // A root type that the server only ever loaded from updates is a plain AbstractType: known by its name.
  if (parent._item === null && parent.doc && Y.findRootTypeKey(parent) === BODY_FIELD) {
    return parentSub === null ? { kind: 'children', of: 'body' } : { kind: 'refused', why: 'the document root has no attributes' }
  }
  return { kind: 'refused', why: 'content inside a type the schema does not allow' }
}

type ParentType = 'collected'

/**
 * Finds structs by id: in the update being checked (a few structs), then in the document, and only
 * then in the updates in flight — indexed on first need, since most lookups end in the document.
 */
class StructLookup {
  private inFlightIndex: Map<number, Struct[]> | null = null

  constructor(
    private readonly update: DecodedUpdate,
    private readonly inFlight: readonly DecodedUpdate[],
    private readonly doc: Y.Doc,
  ) {}

  /** The struct covering this id, or undefined when nobody has it. */
  structAt(id: Y.ID): Struct | undefined {
    const own = covering(this.update.structs, id)
    if (own) return own
    const stored = this.doc.store.clients.get(id.client)
    if (stored && id.clock < Y.getState(this.doc.store, id.client)) return stored[Y.findIndexSS(stored, id.clock)]
    if (this.inFlight.length === 0) return undefined
    this.inFlightIndex ??= indexByClient(this.inFlight)
    return covering(this.inFlightIndex.get(id.client) ?? [], id)
  }

  /** The type created by the item with this id. */
  typeAt(id: Y.ID): Y.AbstractType<unknown> | ParentType | undefined {
    const struct = this.structAt(id)
    if (struct === undefined) return undefined
    if (!(struct instanceof Y.Item)) return 'collected'
    if (struct.content instanceof Y.ContentDeleted) return 'collected'
    return struct.content instanceof Y.ContentType ? struct.content.type : undefined
  }
}

function covering(structs: readonly Struct[], id: Y.ID): Struct | undefined {
  return structs.find((s) => s.id.client === id.client && id.clock >= s.id.clock && id.clock < s.id.clock + s.length)
}

function indexByClient(updates: readonly DecodedUpdate[]): Map<number, Struct[]> {
  const byClient = new Map<number, Struct[]>()
  for (const { structs } of updates) {
    for (const struct of structs) {
      const list = byClient.get(struct.id.client)
      if (list) list.push(struct)
      else byClient.set(struct.id.client, [struct])
    }
  }
  return byClient
}
