import { noteBankPulled } from '@db/search/bank-search';
import { createCore } from '@main/app/core';
import { percentile, round } from '../admin/stats';
import { signedInApi, timed, timedWithCpu } from './api';
import { childMain } from './child';
import { searchMix } from './corpus';
import { seedBank } from './seed-bank';

const AUTHOR = 'author@northfield.example';

const gcNow = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};

/**
 * `seed <dataDir> <from> <to>`: grows the demo organisation's bank to `to` questions.
 * `measure <dataDir>`: opens the app on it and times the first search (the
 * index build), the 200 searches of the mix, and a search after a pull, at the API.
 */
childMain(async ([mode, dataDir = '', ...rest]) => {
  const core = await createCore({
    dataDir,
    seedDemo: true,
    startSync: false,
    logError: () => undefined,
  });
  try {
    if (mode === 'seed') {
      const [from = '0', to = '0'] = rest;
      const author = (await core.database.client.get(
        'SELECT id, client_id FROM profiles WHERE email = ?',
        AUTHOR,
      )) as { id: string; client_id: string };
      const [, ms] = await timed(() =>
        seedBank(core.database.client, {
          clientId: author.client_id,
          authorId: author.id,
          from: Number(from),
          to: Number(to),
        }),
      );
      return { seed_ms: round(ms) };
    }
    const call = await signedInApi(core, AUTHOR);
    gcNow();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    const [first, buildMs, buildCpuMs] = await timedWithCpu(() =>
      call('questions.list', { search: 'river' }),
    );
    gcNow();
    const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    const bank = await call('questions.list', { limit: 1, state: 'all' });
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let found = 0;
    for (const filter of searchMix()) {
      const [result, ms, cpuMs] = await timedWithCpu(() => call('questions.list', filter));
      times.push(ms);
      cpuTimes.push(cpuMs);
      found += result.total;
    }
    if (first.total === 0 || found === 0) throw new Error('the searches found nothing');
    // What a search costs after a pull that changed something: every question's stamp compared.
    const afterPull: number[] = [];
    const afterPullCpu: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      noteBankPulled(core.env.db());
      const [, ms, cpuMs] = await timedWithCpu(() => call('questions.list', { search: 'river' }));
      afterPull.push(ms);
      afterPullCpu.push(cpuMs);
    }
    return {
      questions: bank.total,
      first_search_ms: round(buildMs),
      first_search_cpu_ms: round(buildCpuMs),
      index_heap_mb: round(indexMb),
      index_rss_growth_mb: round(rssGrowthMb),
      p50_ms: round(percentile(times, 50)),
      p95_ms: round(percentile(times, 95)),
      p95_cpu_ms: round(percentile(cpuTimes, 95)),
      max_ms: round(Math.max(...times)),
      after_pull_ms: round(percentile(afterPull, 50)),
      after_pull_cpu_ms: round(percentile(afterPullCpu, 50)),
    };
  } finally {
    await core.close();
  }
});
