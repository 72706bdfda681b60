import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChild } from './child';
import { growthExponent, type GrowthPhase } from './phase';

const child = resolve(import.meta.dirname, 'reports-child.ts');
const SIZES = [1_000, 2_000, 10_000] as const;
const RUNS = '5';

/**
 * Gradebook and item analysis of tests of 50 questions with 1,000, 2,000 and
 * 10,000 scored attempts, all in one database, each read by a fresh app
 * process at the API (median of 5, and that process's peak memory); the
 * 1,000-attempt test again at the end, and what a run of both keeps for good
 * (`retained_mb_per_run`, the heap collected after each run). Answer saves through the API are
 * timed on the demo data, with the 10,000 attempts' 500,000 answers stored,
 * and with all 650,000, each beside two raw baselines in the same process:
 * `raw_commit_*`, one single-row insert committed on its own on the same
 * database (the engine's floor), and `raw_fsync_*`, one 8 KiB append and
 * fsync in the same folder (the disk's part of every commit).
 */
export const reportsPhase: GrowthPhase = {
  name: 'reports and saves',
  targets: {
    gradebook_10000x50_ms: { below: 1_000 },
    item_analysis_10000x50_ms: { below: 1_000 },
    reports_10000x50_peak_rss_mb: { below: 500 },
    save_p99_500k_ms: { below: 5 },
  },
  async run(scratch) {
    const dataDir = join(scratch, 'reports');
    mkdirSync(dataDir, { recursive: true });
    const figures: Record<string, number> = {};
    const saves = async (label: string) => {
      const m = await runChild(child, ['saves', dataDir]);
      figures[`answers_stored_${label}`] = m.answers_stored ?? Number.NaN;
      figures[`save_p50_${label}_ms`] = m.save_p50_ms ?? Number.NaN;
      figures[`save_p99_${label}_ms`] = m.save_p99_ms ?? Number.NaN;
      figures[`save_p99_${label}_cpu_ms`] = m.save_p99_cpu_ms ?? Number.NaN;
      figures[`raw_commit_p50_${label}_ms`] = m.raw_commit_p50_ms ?? Number.NaN;
      figures[`raw_commit_p99_${label}_ms`] = m.raw_commit_p99_ms ?? Number.NaN;
      figures[`raw_fsync_p50_${label}_ms`] = m.raw_fsync_p50_ms ?? Number.NaN;
      figures[`raw_fsync_p99_${label}_ms`] = m.raw_fsync_p99_ms ?? Number.NaN;
    };
    const seed = async (size: number, series: number) => {
      const m = await runChild(child, ['seed', dataDir, `a${size}`, String(size), String(series)]);
      figures[`reports_${size}x50_seed_ms`] = m.seed_ms ?? Number.NaN;
      figures[`reports_${size}x50_seed_checkpoint_ms`] = m.seed_checkpoint_ms ?? Number.NaN;
    };
    await saves('demo');
    // The largest test first, so the saves after it run with exactly its 500,000 answers stored.
    await seed(10_000, 3);
    await saves('500k');
    await seed(1_000, 1);
    await seed(2_000, 2);
    await saves('650k');
    const book: Array<[number, number]> = [];
    const analysis: Array<[number, number]> = [];
    for (const size of SIZES) {
      const m = await runChild(child, ['measure', dataDir, `a${size}`, RUNS]);
      figures[`gradebook_${size}x50_ms`] = m.gradebook_ms ?? Number.NaN;
      figures[`gradebook_${size}x50_cpu_ms`] = m.gradebook_cpu_ms ?? Number.NaN;
      figures[`item_analysis_${size}x50_ms`] = m.item_analysis_ms ?? Number.NaN;
      figures[`item_analysis_${size}x50_cpu_ms`] = m.item_analysis_cpu_ms ?? Number.NaN;
      figures[`reports_${size}x50_peak_rss_mb`] = m.peak_rss_mb ?? Number.NaN;
      figures[`reports_${size}x50_open_rss_mb`] = m.open_rss_mb ?? Number.NaN;
      figures[`reports_${size}x50_retained_mb_per_run`] = m.retained_mb_per_run ?? Number.NaN;
      book.push([size, m.gradebook_ms ?? Number.NaN]);
      analysis.push([size, m.item_analysis_ms ?? Number.NaN]);
    }
    const again = await runChild(child, ['measure', dataDir, `a${SIZES[0]}`, RUNS]);
    figures.gradebook_1000x50_again_ms = again.gradebook_ms ?? Number.NaN;
    figures.item_analysis_1000x50_again_ms = again.item_analysis_ms ?? Number.NaN;
    figures.gradebook_growth_exponent = growthExponent(book);
    figures.item_analysis_growth_exponent = growthExponent(analysis);
    return figures;
  },
};
