/**
 * One part of `npm run bench:growth`: it measures its figures at every size
 * in the same run, the smallest again at the end, each step in a fresh
 * process (see child.ts), and returns them as flat `{ key: number }`.
 */
export interface GrowthPhase {
  name: string;
  /** The keys this phase reports that have a target, and the target (a figure at most this). */
  targets: Record<string, number>;
  run(scratchDir: string): Promise<Record<string, number>>;
}

/**
 * The growth exponent: the slope of log(time) against log(size), fitted over
 * every size measured (1 means time grows as the data does, 0 flat).
 */
export function growthExponent(points: ReadonlyArray<readonly [size: number, ms: number]>): number {
  const xs = points.map(([size]) => Math.log(size));
  const ys = points.map(([, ms]) => Math.log(Math.max(ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i += 1) {
    sxy += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    sxx += ((xs[i] ?? 0) - mx) ** 2;
  }
  return sxx === 0 ? 0 : Math.round((sxy / sxx) * 100) / 100;
}
