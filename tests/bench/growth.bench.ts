import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bankPhase } from './growth/bank-phase';
import { describeTarget, meets, type GrowthPhase, type Target } from './growth/phase';
import { pushPhase } from './growth/push-slot';
import { reportsPhase } from './growth/reports-phase';

/**
 * `npm run bench:growth`: how the app holds up as the data grows, measured at
 * several sizes in one run through the app's own services (see the phases).
 * Not part of `npm test`: it seeds a 100,000-question bank and 650,000
 * answers and takes minutes. Prints a table and writes bench-results/growth.json.
 * `npm run bench:growth -- bank` runs only the phases named.
 *
 * The push of a large backlog and of a big import (push_100k_ok,
 * push_100k_peak_rss_mb, push_max_request_mb, import_50k_push_ok) is the
 * `push` phase (tests/bench/growth/push-phase.ts).
 */
const phases: Record<string, GrowthPhase> = {
  bank: bankPhase,
  reports: reportsPhase,
  push: pushPhase,
};

const root = resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const chosen = Object.entries(phases).filter(
    ([key]) => wanted.length === 0 || wanted.includes(key),
  );
  if (chosen.length === 0)
    throw new Error(
      `no phase named ${wanted.join(', ')}; there are ${Object.keys(phases).join(', ')}`,
    );
  const scratch = mkdtempSync(join(tmpdir(), 'exam-bench-growth-'));
  const figures: Record<string, number> = {
    machine_cpus: cpus().length,
    machine_load_1m_at_start: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
  const targets: Record<string, Target> = {};
  try {
    for (const [key, phase] of chosen) {
      console.log(`\n${phase.name}...`);
      Object.assign(targets, phase.targets);
      Object.assign(figures, await phase.run(join(scratch, key)));
    }
  } finally {
    // The seeded databases are gigabytes: never leave them behind.
    rmSync(scratch, { recursive: true, force: true });
  }
  figures.machine_load_1m_at_end = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  report(figures, targets);
}

function report(figures: Record<string, number>, targets: Record<string, Target>): void {
  console.log('\nGrowth benchmark');
  console.log(`${'metric'.padEnd(36)}${'value'.padStart(10)}   target`);
  for (const [key, value] of Object.entries(figures)) {
    const target = targets[key];
    const verdict =
      target === undefined
        ? ''
        : `${describeTarget(target)}  ${meets(value, target) ? 'ok' : 'MISSED'}`;
    console.log(`${key.padEnd(36)}${value.toLocaleString('en-GB').padStart(10)}   ${verdict}`);
  }
  for (const [key, target] of Object.entries(targets).filter(([k]) => !(k in figures)))
    console.log(
      `${key.padEnd(36)}${'-'.padStart(10)}   ${describeTarget(target)}  not measured in this run`,
    );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/growth.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('\nWritten to bench-results/growth.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
