import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GrowthPhase } from './phase';

/**
 * The push of a large backlog and of a big import, measured by the bounded
 * push work, which brings `tests/bench/growth/push-phase.ts`. That module
 * exports one function, `(scratchDir: string) => Promise<Record<string,
 * number>>`, returning these keys; this phase calls it. Until the module is
 * there the keys show as not measured: nothing here makes up a figure.
 */
const PUSH_TARGETS = {
  push_100k_ok: { equals: 1 },
  push_100k_peak_rss_mb: { below: 600 },
  push_max_request_mb: { atMost: 16 },
  import_50k_push_ok: { equals: 1 },
} as const;

const modulePath = resolve(import.meta.dirname, 'push-phase.ts');

type PushRun = (scratchDir: string) => Promise<Record<string, number>>;

async function pushRun(): Promise<PushRun | null> {
  if (!existsSync(modulePath)) return null;
  const loaded = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
  const functions = Object.values(loaded).filter((v): v is PushRun => typeof v === 'function');
  if (functions.length !== 1)
    throw new Error(
      `${modulePath} must export exactly one function; it exports ${functions.length}`,
    );
  return functions[0] ?? null;
}

export const pushPhase: GrowthPhase = {
  name: 'push of a large backlog and import',
  targets: PUSH_TARGETS,
  async run(scratch) {
    const run = await pushRun();
    if (!run) {
      console.log(`  ${modulePath} is not there yet: the push keys are not measured in this run.`);
      return {};
    }
    const figures = await run(scratch);
    for (const [key, value] of Object.entries(figures))
      if (typeof value !== 'number' || Number.isNaN(value))
        throw new Error(`push-phase.ts gave ${key} = ${String(value)}, not a number`);
    return figures;
  },
};
