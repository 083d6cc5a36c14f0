/**
 * A file's size as a person reads it, in their locale: bytes under a kilobyte ("21 bytes", not
 * "1 KB"), else kilobytes or megabytes to one decimal.
 */
export function fileSize(bytes: number, locale: string): string {
  if (bytes < 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes)
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
