/**
 * Every match of a global `pattern` in `text`, in text order, read with the pattern itself.
 * String.prototype.matchAll() copies the pattern on each call, which every rule would pay for
 * every claim on every keystroke. The matches are collected before any is used, so that a caller
 * may use the same pattern again while it goes through them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match)
    // An empty match would be found again at the same place.
    if (match[0] === '') pattern.lastIndex++
  }
  return matches
}
