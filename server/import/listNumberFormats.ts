// ECMA-376 Part 1, §17.18.59 (ST_NumberFormat): the formats claims and their steps are numbered in.
const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
]

function roman(value: number): string {
  let rest = value
  let written = ''
  for (const [size, numeral] of ROMAN) {
    for (; rest >= size; rest -= size) written += numeral
  }
  return written
}

// Word letters past z by repeating the letter: 27 is "aa", 28 "bb".
const letter = (value: number): string => String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.ceil(value / 26))

/** A list number in a level's w:numFmt; formats not listed here (and 0, which letters and numerals cannot write) are written in digits. */
export function formatListNumber(value: number, format: string): string {
  if (value < 1) return String(value)
  switch (format) {
    case 'lowerLetter':
      return letter(value)
    case 'upperLetter':
      return letter(value).toUpperCase()
    case 'lowerRoman':
      return roman(value)
    case 'upperRoman':
      return roman(value).toUpperCase()
    default:
      return String(value)
  }
}
