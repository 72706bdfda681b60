import type {
  NumericAlternative,
  NumericGapKey,
  PartialAnswer,
  TextGapKey,
} from '../domain/questions';
import { normaliseShortAnswer } from './normalise';

/** What a typed answer is compared with: accepted answers, and partly right ones with their credit. */
export interface TextKey {
  accepted: readonly string[];
  caseSensitive: boolean;
  partial?: readonly PartialAnswer[] | undefined;
}

export interface NumericKey {
  value: number;
  tolerance: number;
  toleranceMode: 'absolute' | 'relative';
  alternatives?: readonly NumericAlternative[] | undefined;
}

interface PreparedTextKey {
  accepted: ReadonlySet<string>;
  partial: readonly { answer: string; credit: number }[];
}

// Keys are immutable once stored, so their normalised forms are worked out once.
const preparedCache = new WeakMap<TextKey, PreparedTextKey>();

function prepared(key: TextKey): PreparedTextKey {
  let p = preparedCache.get(key);
  if (!p) {
    p = {
      accepted: new Set(key.accepted.map((a) => normaliseShortAnswer(a, key.caseSensitive))),
      partial: (key.partial ?? []).map((e) => ({
        answer: normaliseShortAnswer(e.answer, key.caseSensitive),
        credit: e.credit,
      })),
    };
    preparedCache.set(key, p);
  }
  return p;
}

/**
 * The credit a typed answer earns, after `normaliseShortAnswer`: 1 for an
 * accepted answer, else the best credit of a matching partly right answer,
 * else 0. Null for a blank answer.
 */
export function textCredit(text: string, key: TextKey | TextGapKey): number | null {
  const given = normaliseShortAnswer(text, key.caseSensitive);
  if (given === '') return null;
  const p = prepared(key);
  if (p.accepted.has(given)) return 1;
  let best = 0;
  for (const e of p.partial) if (e.answer === given && e.credit > best) best = e.credit;
  return best;
}

/** Within the absolute tolerance, or the relative one (a fraction of the value). */
export function numericMatches(
  value: number,
  target: { value: number; tolerance: number; toleranceMode: 'absolute' | 'relative' },
): boolean {
  if (!Number.isFinite(value)) return false;
  const allowed =
    target.toleranceMode === 'relative'
      ? target.tolerance * Math.abs(target.value)
      : target.tolerance;
  // A hair of slack for binary fractions: 0.1 + 0.2 must match 0.3.
  const slack = 1e-9 * Math.max(1, Math.abs(target.value));
  return Math.abs(value - target.value) <= allowed + slack;
}

/** 1 when the key matches, else the best credit of a matching alternative, else 0. */
export function numericCredit(value: number, key: NumericKey | NumericGapKey): number {
  if (numericMatches(value, key)) return 1;
  let best = 0;
  for (const alt of key.alternatives ?? []) {
    if (alt.credit > best && numericMatches(value, alt)) best = alt.credit;
  }
  return best;
}
