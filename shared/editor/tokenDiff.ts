/** One run of a diff: text both sides share, text only the newer has, or text only the older had. */
export interface DiffSegment {
  type: 'equal' | 'insert' | 'delete'
  text: string
}

/**
 * The units a claim is compared in: one Han character at a time (Chinese has no spaces to find
 * words by), a word or number of other scripts, a run of spaces, or one other character.
 */
export function diffTokens(text: string): string[] {
  return text.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+|\s+|[^]/gu) ?? []
}

/**
 * The shortest edit from `before` to `after`, token by token (Myers' O(ND) algorithm, after
 * the common start and end are set aside: an amendment usually touches one place in a claim).
 * Adjacent tokens of one kind form one segment.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  // Most claims of a reply are unchanged, and the checker compares them all on every pause in typing.
  if (before === after) return before === '' ? [] : [{ type: 'equal', text: before }]
  const a = diffTokens(before)
  const b = diffTokens(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const edits: Edit[] = [
    ...a.slice(0, start).map((token): Edit => ['equal', token]),
    ...myers(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...a.slice(a.length - end).map((token): Edit => ['equal', token]),
  ]
  const segments: DiffSegment[] = []
  for (const [type, token] of slideRight(edits)) {
    const last = segments[segments.length - 1]
    if (last?.type === type) last.text += token
    else segments.push({ type, text: token })
  }
  return segments
}

/**
 * Of the equally short edits, the one a person would mark: each run of insertions or of
 * deletions moved as far right as the text allows, so that "处理器和" amended to "处理器、显示器和"
 * inserts "、显示器" rather than "器、显示".
 */
function slideRight(edits: Edit[]): Edit[] {
  for (let i = 0; i < edits.length; i++) {
    const type = edits[i]![0]
    if (type === 'equal') continue
    let j = i
    while (j < edits.length && edits[j]![0] === type) j++
    while (j < edits.length && edits[j]![0] === 'equal' && edits[j]![1] === edits[i]![1]) {
      edits[j] = [type, edits[i]![1]]
      edits[i] = ['equal', edits[i]![1]]
      i++
      j++
    }
    i = j - 1
  }
  return edits
}


type Edit = ['equal' | 'insert' | 'delete', string]

function myers(a: string[], b: string[]): Edit[] {
  const n = a.length
  const m = b.length
  const max = n + m
  if (max === 0) return []
  const offset = max
  const v = new Int32Array(2 * max + 2)
  // The furthest x on each diagonal after each round, kept to walk the path back.
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, a, b)
    }
  }
  return []
}

function backtrack(trace: Int32Array[], a: string[], b: string[]): Edit[] {
  const edits: Edit[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d >= 0; d--) {
    // trace[d] holds diagonals -d … d+1 as they were before round d.
    const at = (k: number) => trace[d]![k + d]!
    const k = x - y
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const previousX = d === 0 ? 0 : at(previousK)
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      y--
      edits.push(['equal', a[--x]!])
    }
    if (d === 0) break
    if (x === previousX) edits.push(['insert', b[--y]!])
    else edits.push(['delete', a[--x]!])
  }
  return edits.reverse()
}

/**
 * A diff as a person marks it up: the spaces kept between two changes ("any one of claims 1-5" →
 * "claim 4" has nothing but spaces in common) are deleted and inserted with them, so that the
 * markup strikes one phrase and underlines the other instead of interleaving fragments. Words kept
 * between changes stay kept ("…材料~~制成~~" would hide that 制成 stays). For the markup's eyes
 * only: the checks read the shortest diff.
 */
export function readableDiff(segments: readonly DiffSegment[]): DiffSegment[] {
  const cleaned: DiffSegment[] = []
  // The changes since the last run kept.
  let deleted = ''
  let inserted = ''
  const flush = () => {
    if (deleted) cleaned.push({ type: 'delete', text: deleted })
    if (inserted) cleaned.push({ type: 'insert', text: inserted })
    deleted = ''
    inserted = ''
  }
  segments.forEach((segment, index) => {
    if (segment.type === 'delete') deleted += segment.text
    else if (segment.type === 'insert') inserted += segment.text
    else if ((deleted || inserted) && /^\s+$/.test(segment.text) && (segments[index + 1]?.type ?? 'equal') !== 'equal') {
      deleted += segment.text
      inserted += segment.text
    } else {
      flush()
      cleaned.push({ ...segment })
    }
  })
  flush()
  return cleaned
}
