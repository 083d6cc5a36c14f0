/**
 * Status words that stand at the start of a claim instead of claim language: the cancellation
 * of a claim and the US amendment status identifiers.
 */

// "5. (canceled)", "1-18. (Cancelled)", "3.（删除）": the whole body is the cancellation.
const CANCELLATION =
  /^[(（[［]?\s*(?:canceled|cancelled|deleted|删除|已删除)\s*[)）\]］]?\s*[.。]?\s*$/i

// 37 CFR 1.121(c)(2): every claim of an amendment carries one of these identifiers.
const STATUS_IDENTIFIER =
  /^[(（]\s*(?:original|currently\s+amended|previously\s+presented|previously\s+amended|new|not\s+entered|withdrawn(?:\s*[-–—]\s*currently\s+amended)?)\s*[)）]\s*/i

/** Whether a claim body (the text after its number) says only that the claim is cancelled. */
export function isCancellation(body: string): boolean {
  return CANCELLATION.test(body.trim())
}

/**
 * Where the claim language starts when the body opens with a status identifier
 * ("(Currently amended) A method …"); `from` itself when it does not.
 */
export function afterStatusIdentifier(text: string, from: number): number {
  const match = STATUS_IDENTIFIER.exec(text.slice(from, from + 60))
  return match ? from + match[0].length : from
}
