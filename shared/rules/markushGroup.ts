// What opens the alternatives after the term that heads them: "a material selected from the
// group consisting of …", "a tool chosen from among …" (MPEP 2117, 2173.05(h)).
const GROUP_OPENING =
  /^\s*,?\s*(?:(?:is|are|being)\s+)?(?:selected|chosen)\s+from\s+(?:(?:the|a)\s+group\s+(?:consisting|composed)\s+(?:essentially\s+)?of\s+|among\s+)?/i
// A group ends with its clause; a full stop inside a number ("1.5 mm") does not end it.
const CLAUSE_END = /[;:]|\.(?!\d)/
const LAST_MEMBER = /^(?:and|or)\s+/i
const PAIR = /\s+(?:and|or)\s+/i
// A closing alternative that names no member of its own: "and combinations thereof".
const COMBINATIONS = /^(?:any\s+)?(?:combinations?|mixtures?)\s+(?:thereof|of\s+(?:any\s+of\s+)?the\s+foregoing)$/i

/**
 * The members of the Markush group headed by the term that ends at `headEnd` ("aluminum",
 * "magnesium", "carbon fiber composite" after "a material"), as written; empty when no group
 * follows the term or its list does not end in "and" / "or". The head word names no feature of
 * its own: what the claim covers is its members.
 */
export function markushMembers(text: string, headEnd: number): string[] {
  const rest = text.slice(headEnd, headEnd + 600)
  const opening = GROUP_OPENING.exec(rest)
  if (opening === null) return []
  const list = rest.slice(opening[0].length).split(CLAUSE_END)[0] ?? ''
  const members: string[] = []
  for (const item of list.split(',').map((part) => part.trim())) {
    if (LAST_MEMBER.test(item)) return [...members, item.replace(LAST_MEMBER, '')].filter(namesMember)
    const pair = PAIR.exec(item)
    if (pair !== null) return [...members, item.slice(0, pair.index), item.slice(pair.index + pair[0].length)].filter(namesMember)
    members.push(item)
  }
  return []
}

function namesMember(member: string): boolean {
  return !COMBINATIONS.test(member)
}
