/**
 * How a short answer is compared: Unicode-normalised (NFKC), trimmed, runs of
 * whitespace collapsed to one space, and case-folded unless the key says the
 * case matters.
 */
export function normaliseShortAnswer(text: string, caseSensitive: boolean): string {
  const folded = text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? folded : folded.toLowerCase();
}
