/**
 * Orders people by name the same for every reader, as Chinese collation does: Chinese names by
 * pinyin (安娜, 张伟, 周杰; not the code points the server sorts by, 周 before 张), then Latin
 * names alphabetically. One order for all, so that a team's English and Chinese readers find a
 * colleague in the same place.
 */
const collator = new Intl.Collator('zh-CN')

export function byName(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name)
}
