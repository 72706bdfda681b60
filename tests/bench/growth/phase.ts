/** A figure's target: below a value, at most a value, or exactly a value (1 for "it worked"). */
export type Target = { below: number } | { atMost: number } | { equals: number };

/**
 * One part of `npm run bench:growth`: it measures its figures at every size
 * in the same run, the smallest again at the end, each step in a fresh
 * process (see child.ts), and returns them as flat `{ key: number }`.
 */
export interface GrowthPhase {
  name: string;
  /** The keys this phase reports that have a target. */
  targets: Record<string, Target>;
  run(scratchDir: string): Promise<Record<string, number>>;
}

export function meets(value: number, target: Target): boolean {
  if ('below' in target) return value < target.below;
  if ('atMost' in target) return value <= target.atMost;
  return value === target.equals;
}

export function describeTarget(target: Target): string {
  if ('below' in target) return `< ${target.below.toLocaleString('en-GB')}`;
  if ('atMost' in target) return `<= ${target.atMost.toLocaleString('en-GB')}`;
  return `= ${target.equals}`;
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
