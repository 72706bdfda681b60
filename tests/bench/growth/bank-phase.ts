import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChild } from './child';
import { growthExponent, type GrowthPhase } from './phase';

const child = resolve(import.meta.dirname, 'bank-child.ts');
const SIZES = [1_000, 10_000, 50_000, 100_000] as const;
const label = (n: number) => `${String(n / 1_000)}k`;

/**
 * Bank search at 1,000 to 100,000 questions: one bank grown size by size
 * (seeded straight into the tables), each size searched by a fresh app
 * process at the API: the first search (which builds the index), the 200
 * searches of the mix, then a search after a pull (which compares every
 * question's stamp). The 1,000-question bank is kept aside and
 * searched again at the end, to show the machine did not change under the run.
 */
export const bankPhase: GrowthPhase = {
  name: 'bank search',
  targets: { search_50k_p95_ms: { below: 50 }, search_100k_p95_ms: { below: 80 } },
  async run(scratch) {
    const dataDir = join(scratch, 'bank');
    const firstCopy = join(scratch, 'bank-1k');
    mkdirSync(dataDir, { recursive: true });
    const figures: Record<string, number> = {};
    const p95: Array<[number, number]> = [];
    let seeded = 0;
    for (const size of SIZES) {
      const seed = await runChild(child, ['seed', dataDir, String(seeded), String(size)]);
      seeded = size;
      if (size === SIZES[0]) cpSync(dataDir, firstCopy, { recursive: true });
      const m = await runChild(child, ['measure', dataDir]);
      const key = `search_${label(size)}`;
      figures[`${key}_seed_ms`] = seed.seed_ms ?? Number.NaN;
      figures[`${key}_p50_ms`] = m.p50_ms ?? Number.NaN;
      figures[`${key}_p95_ms`] = m.p95_ms ?? Number.NaN;
      figures[`${key}_p95_cpu_ms`] = m.p95_cpu_ms ?? Number.NaN;
      figures[`${key}_first_search_ms`] = m.first_search_ms ?? Number.NaN;
      figures[`${key}_first_search_cpu_ms`] = m.first_search_cpu_ms ?? Number.NaN;
      figures[`${key}_index_heap_mb`] = m.index_heap_mb ?? Number.NaN;
      figures[`${key}_index_rss_growth_mb`] = m.index_rss_growth_mb ?? Number.NaN;
      figures[`${key}_after_pull_ms`] = m.after_pull_ms ?? Number.NaN;
      figures[`${key}_after_pull_cpu_ms`] = m.after_pull_cpu_ms ?? Number.NaN;
      p95.push([m.questions ?? size, m.p95_ms ?? Number.NaN]);
    }
    const again = await runChild(child, ['measure', firstCopy]);
    figures.search_1k_again_p95_ms = again.p95_ms ?? Number.NaN;
    figures.search_growth_exponent = growthExponent(p95);
    return figures;
  },
};
