import { plainTextOf } from '@shared/content/plain-text';
import type { ContentFormat } from '@shared/domain/question-parts';

/** A, B, … Z, then AA, AB, …: the letters responses are known by. */
export function letterFor(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** One line of plain text for places that hold no markup: a select's options, a label. */
export function plainLabel(format: ContentFormat | undefined, text: string): string {
  return plainTextOf(format, text).replace(/\s+/g, ' ').trim();
}
