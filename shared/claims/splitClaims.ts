import { afterStatusIdentifier, isCancellation } from './claimStatus'

/** One claim cut out of pasted text, before it is analysed. */
export interface ClaimSlice {
  number: number
  /** Set for a cancelled range such as "1-18. (canceled)". */
  numberRange?: [number, number]
  /** From the claim number to the end of its last non-blank line. */
  text: string
  /** Where the claim's own words start, after the number prefix and the blanks behind it. */
  bodyStart: number
}

// A claim starts on its own line with its number: "1.", "1、", "1 .", "1．", "1-18." (a cancelled
// range). A "权利要求1、" or "Claim 1." prefix is kept in the number prefix, where the numbering rule
// can see it. "1.5 mm" is a decimal, not a claim.
const CLAIM_START =
  /^([ \t\u3000\ufeff]*)(?:权利要求\s*|claim\s+)?([0-9０-９]{1,4})(?:\s*[-–—~～至]\s*([0-9０-９]{1,4}))?\s*[.．、](?![0-9０-９])/i

// "(1)", "（1）": how some drafters and some texts from other offices number claims. Inside a claim
// the same marks label steps ("包括：(1) 混合；(2) 加热"), so they start claims only in a text whose
// claims are numbered so (parenthesizedNumbering).
const PARENTHESIZED_CLAIM_START = /^([ \t\u3000\ufeff]*)[(（][ \t]*([0-9０-９]{1,4})[ \t]*[)）]/

// How claims open, as opposed to the numbered steps or list items inside a claim.
const STRONG_OPENING = /^(?:一种|一个|根据|如|按照|依照|依据|基于|权利要求|前述|上述|(?:A|An|The|One|In|Use)\b)/
const WEAK_OPENING = /^[A-Z\u3400-\u9fff]/

const TERMINAL_PUNCTUATION = new Set(['.', '。', '．', ')', '）'])
const CONTINUING_PUNCTUATION = new Set([':', ';', ',', '：', '；', '，', '、'])

interface OpenClaim {
  start: number
  prefixEnd: number
  number: number
  numberRange?: [number, number]
}

/**
 * Cuts pasted claims into one slice per claim. A numbered line starts a new claim when its number
 * is the next one and the claim before it does not run on into a list (";", ":"), or when it opens
 * like a claim ("一种", "根据", "The", "A") after a finished claim; other numbered lines ("2) mixing",
 * "10-9 seconds", steps "1. heating;") stay inside the claim. Claims numbered "(1)", "(2)" … are
 * cut the same way when "(1)" is the text's first number and opens like a claim. Text before the
 * first claim (a heading such as "权利要求书" or "What is claimed is:") is not part of any claim.
 */
export function splitClaims(text: string): ClaimSlice[] {
  const claimStart = parenthesizedNumbering(text) ? PARENTHESIZED_CLAIM_START : CLAIM_START
  const slices: ClaimSlice[] = []
  let open: OpenClaim | null = null
  let contentEnd = 0
  let expected = 1
  let lineStart = 0

  const close = (claim: OpenClaim) => {
    const claimText = text.slice(claim.start, contentEnd)
    const slice: ClaimSlice = {
      number: claim.number,
      text: claimText,
      bodyStart: skipBlanks(claimText, claim.prefixEnd - claim.start),
    }
    if (claim.numberRange) slice.numberRange = claim.numberRange
    slices.push(slice)
  }

  for (;;) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline < 0 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    const candidate = claimStart.exec(line)
    if (candidate) {
      const number = Number(asciiDigits(candidate[2] ?? ''))
      const rangeEnd = candidate[3] === undefined ? undefined : Number(asciiDigits(candidate[3]))
      const prefixEnd = lineStart + candidate[0].length
      const previousEnd = open ? text[contentEnd - 1] : undefined
      if (startsClaim(text, prefixEnd, number, rangeEnd, expected, previousEnd, open !== null)) {
        if (open) close(open)
        open = { start: lineStart + (candidate[1] ?? '').length, prefixEnd, number }
        if (rangeEnd !== undefined) open.numberRange = [number, rangeEnd]
        expected = (rangeEnd ?? number) + 1
      }
    }
    const trimmedLength = line.trimEnd().length
    if (open && trimmedLength > 0) contentEnd = lineStart + trimmedLength
    if (newline < 0) break
    lineStart = newline + 1
  }
  if (open) close(open)
  return slices
}

function startsClaim(
  text: string,
  prefixEnd: number,
  number: number,
  rangeEnd: number | undefined,
  expected: number,
  previousEnd: string | undefined,
  hasOpenClaim: boolean,
): boolean {
  const bodyStart = skipBlanks(text, prefixEnd)
  const lineEnd = text.indexOf('\n', bodyStart)
  const firstLine = text.slice(bodyStart, lineEnd < 0 ? text.length : lineEnd)
  const cancelled = isCancellation(firstLine)
  // Only a cancellation covers a range of numbers ("1-18. (canceled)").
  if (rangeEnd !== undefined) return cancelled && rangeEnd >= number
  if (cancelled || !hasOpenClaim) return true

  const opening = openingAt(text, bodyStart)
  const strong = STRONG_OPENING.test(opening)
  const continuing = previousEnd !== undefined && CONTINUING_PUNCTUATION.has(previousEnd)
  const terminal = previousEnd !== undefined && TERMINAL_PUNCTUATION.has(previousEnd)
  if (number === expected) return !continuing || strong
  // A number out of sequence is a claim only when it clearly reads as one, so that the numbering
  // rule can report the gap; otherwise it is a numbered step inside the claim.
  return (terminal && WEAK_OPENING.test(opening)) || (!continuing && strong)
}

/**
 * Whether the text numbers its claims "(1)", "(2)" …: its first numbered line, in either style, is
 * "(1)" and opens like a claim ("一种", "A"). A step list "(1) 混合；" under a claim numbered "1."
 * or under an unnumbered lead-in ("包括：") is not claim numbering.
 */
function parenthesizedNumbering(text: string): boolean {
  for (const line of text.matchAll(/^.*$/gm)) {
    if (CLAIM_START.test(line[0])) return false
    const parenthesized = PARENTHESIZED_CLAIM_START.exec(line[0])
    if (parenthesized) {
      const bodyStart = skipBlanks(text, line.index + parenthesized[0].length)
      return asciiDigits(parenthesized[2] ?? '') === '1' && STRONG_OPENING.test(openingAt(text, bodyStart))
    }
  }
  return false
}

/** The first words of a claim's body, after a status identifier ("(Currently amended)"). */
function openingAt(text: string, bodyStart: number): string {
  return text.slice(afterStatusIdentifier(text, bodyStart), bodyStart + 80)
}

function skipBlanks(text: string, from: number): number {
  let index = from
  while (index < text.length && /\s/.test(text[index] ?? '')) index++
  return index
}

function asciiDigits(digits: string): string {
  return digits.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}
