/** What each half of `npm run bench:content` hands back to be printed and written. */
export interface BenchPart {
  /** Flat figures for bench-results/content.json. */
  results: Record<string, number>;
  /** The target for a key, where it sets one. */
  targets: Record<string, string>;
  /** How to read the figures, printed under the table. */
  notes: string[];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export const round = (v: number, places = 2): number => Math.round(v * 10 ** places) / 10 ** places;
