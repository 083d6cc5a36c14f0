/**
 * The people a comment names as `@name`, typed by hand or chosen from the list: for each @, the
 * longest name that follows it (with 王 and 王伟 on a team, "@王伟" is 王伟 alone). An @ inside a
 * word ("a@b.example") names nobody.
 */
export function mentionedByName<P extends { name: string }>(text: string, people: readonly P[]): P[] {
  const longestFirst = [...people].filter((p) => p.name.trim() !== '').sort((a, b) => b.name.length - a.name.length)
  const named = new Set<P>()
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && /[\p{L}\p{N}._-]/u.test(text[at - 1]!) && !/\p{Script=Han}/u.test(text[at - 1]!)) continue
    const person = longestFirst.find((p) => text.startsWith(p.name, at + 1))
    if (person) named.add(person)
  }
  return [...named]
}
