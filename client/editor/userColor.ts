const CARET_COLORS = ['#d1495b', '#00798c', '#edae49', '#30638e', '#6a4c93', '#2a9d8f', '#e76f51', '#8ab17d']

/** A stable caret colour per user, so a person keeps their colour across sessions. */
export function userColor(userId: string): string {
  let hash = 0
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return CARET_COLORS[hash % CARET_COLORS.length]!
}
