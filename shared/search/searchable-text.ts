/** What bank search looks in for one question, besides its tags: plain text, one string per part. */
export interface SearchableText {
  stem: string;
  /** Each option's text, in order; empty for a question without options. */
  options: readonly string[];
}

const NO_OPTIONS: readonly string[] = Object.freeze([]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The stem and the option texts of a stored question, as the search reads
 * them: options are the stored JSON array's objects that have a text (what
 * the SQL filter reads with json_each), anything else in it is left out.
 * Stored text is plain text today; when questions gain a text format, this
 * is the one place where each part becomes plain text before it is indexed.
 */
export function searchableTextOf(stem: string, optionsJson: string | null): SearchableText {
  if (optionsJson === null || optionsJson === '') return { stem, options: NO_OPTIONS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(optionsJson);
  } catch {
    return { stem, options: NO_OPTIONS };
  }
  if (!Array.isArray(parsed)) return { stem, options: NO_OPTIONS };
  const options: string[] = [];
  for (const option of parsed as unknown[])
    if (isRecord(option) && typeof option.text === 'string') options.push(option.text);
  return { stem, options: options.length === 0 ? NO_OPTIONS : options };
}
