/**
 * Gap markers in a cloze passage: `{{gap:ID}}` where ID is 1 to 40 letters,
 * digits, "-" or "_". Anything else that looks like braces stays text, so a
 * passage about `{{templates}}` reads as written.
 */
export type ClozeSegment = { kind: 'text'; text: string } | { kind: 'gap'; id: string };

const markerPattern = /\{\{gap:([A-Za-z0-9_-]{1,40})\}\}/g;

/** The passage split into its text runs and gaps, in reading order. */
export function parseClozeText(text: string): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(markerPattern)) {
    const at = match.index;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    segments.push({ kind: 'gap', id: match[1] as string });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Every gap id the passage places, in reading order, repeats included. */
export function clozeGapIds(text: string): string[] {
  return [...text.matchAll(markerPattern)].map((m) => m[1] as string);
}

/** The marker that places a gap, for editors inserting one. */
export function gapMarker(id: string): string {
  return `{{gap:${id}}}`;
}
