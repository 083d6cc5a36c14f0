/** One CSV field (RFC 4180); a leading formula character is neutralised so spreadsheets do not run it. */
function csvField(value: string | null): string {
  const text = value ?? ''
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Rows as CSV, the first row the header. It starts with a UTF-8 byte order mark: without one,
 * Excel reads the file in the system's legacy code page and shows Chinese as mojibake.
 */
export function csvText(rows: readonly (readonly (string | null)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
