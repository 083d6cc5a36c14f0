/**
 * The comment text with `@name` added at its end. "@王" typed and then 王伟 chosen from the list:
 * the name completes what was typed instead of following it ("@王@王伟").
 */
export function withMention(text: string, name: string): string {
  const typed = /@([^@\s]*)$/.exec(text)
  if (typed && name.startsWith(typed[1]!)) return `${text.slice(0, typed.index)}@${name} `
  return `${text}${text && !/\s$/.test(text) ? ' ' : ''}@${name} `
}
