import type { AnswerValue } from '../domain/questions';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entries of a record whose values are text or null; anything else is left out. */
function stringsOrNull(record: Record<string, unknown>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, x] of Object.entries(record)) {
    if (typeof x === 'string' || x === null) out[k] = x;
  }
  return out;
}

/**
 * Reads a stored answer for analysis: the same shapes as answerValueSchema,
 * checked by hand because a busy test has 100,000 answers to read at once.
 * Anything that does not fit reads as no answer.
 */
export function readStoredAnswer(json: string | null): AnswerValue | null {
  if (json === null || json === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(v)) return null;
  switch (v.type) {
    case 'single_choice':
      return typeof v.optionId === 'string'
        ? { type: 'single_choice', optionId: v.optionId }
        : null;
    case 'multiple_response':
      return Array.isArray(v.optionIds)
        ? {
            type: 'multiple_response',
            optionIds: v.optionIds.filter((x): x is string => typeof x === 'string'),
          }
        : null;
    case 'true_false':
      return typeof v.value === 'boolean' ? { type: 'true_false', value: v.value } : null;
    case 'numeric':
      return typeof v.value === 'number' ? { type: 'numeric', value: v.value } : null;
    case 'short_answer':
    case 'essay':
      return typeof v.text === 'string' ? { type: v.type, text: v.text } : null;
    case 'matching':
      return isRecord(v.pairs) ? { type: 'matching', pairs: stringsOrNull(v.pairs) } : null;
    case 'ordering':
      return Array.isArray(v.order)
        ? { type: 'ordering', order: v.order.filter((x): x is string => typeof x === 'string') }
        : null;
    case 'cloze':
      return isRecord(v.gaps) ? { type: 'cloze', gaps: stringsOrNull(v.gaps) } : null;
    default:
      return null;
  }
}
