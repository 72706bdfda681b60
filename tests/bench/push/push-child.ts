/**
 * The device process of `npm run bench:push`, bundled and run in plain Node so
 * its memory is its own:
 *
 *   setup DIR URL          a new device with the demo organisation, enrolled at URL and synced
 *   write DIR COUNT FROM   COUNT more answer saves (ids from FROM on), written with sync off
 *   push DIR app           the app's push of what is waiting, as it starts (createCore, its runner)
 *   push DIR engine T URL  the engine's push alone, with pushOperationsThreshold T
 *   import DIR COUNT       an author imports COUNT questions through the API, then the app pushes them
 *
 * `push` and `import` print one line of JSON: time, requests, peak memory,
 * the longest main-thread stall, and the latency of an answer save made every
 * 100 ms during the push (`import` adds the import's own time and id).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import type { GatedSyncDatabase } from '@db/sync/gated-database';
import { clientSubscriptions, subscriptionPlans } from '@db/schema/index';
import { openDatabase } from '@db/open';
import { createCore } from '@main/app/core';
import { databasePath } from '@main/app/data-dir';
import type { ApiResult } from '@shared/api/result';
import type { ImportReport } from '@shared/domain/imports';
import {
  backlogIds,
  backlogScope,
  saveBacklogAnswer,
  startBacklogAttempt,
  writeAnswerBacklog,
} from '../../helpers/answer-backlog';

export interface PushRun {
  ms: number;
  ok: boolean;
  requests: number;
  pushBatches: number;
  maxRequestBytes: number;
  sentBytes: number;
  rssBeforeMb: number;
  peakRssMb: number;
  longestStallMs: number;
  saves: number;
  saveP50Ms: number;
  saveP99Ms: number;
  saveMaxMs: number;
}

const session = { sessionKey: 'bench', transport: 'test' as const, ipAddress: null };
const quiet = () => undefined;

function status(field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
    readFileSync('/proc/self/status', 'utf8'),
  );
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

function deviceFile(dir: string): { deviceId: string } {
  return JSON.parse(readFileSync(join(dir, 'device.json'), 'utf8')) as { deviceId: string };
}

async function setup(dir: string, url: string): Promise<void> {
  const core = await createCore({
    dataDir: dir,
    seedDemo: true,
    startSync: false,
    logError: quiet,
  });
  const signIn = await core.router.dispatch(
    'auth.signIn',
    { email: 'admin@northfield.example', password: 'demo1234' },
    session,
  );
  if (!signIn.ok) throw new Error(signIn.error.message);
  const enrol = await core.router.dispatch(
    'sync.enrol',
    { url, token: 'bench', deviceName: 'bench device' },
    session,
  );
  if (!enrol.ok) throw new Error(enrol.error.message);
  const synced = await core.sync.syncNow();
  if (synced.lastError !== null) throw new Error(synced.lastError);
  await core.close();
}

async function write(dir: string, count: number, from: number): Promise<void> {
  // Sync off (no URL): the saves wait in the change log as they would offline.
  const database = await openDatabase({ path: databasePath(dir) });
  const ids = backlogIds(`b${String(from).padStart(7, '0')}`);
  await writeAnswerBacklog(database.client, count, { ids, deviceId: deviceFile(dir).deviceId });
  // The app folds the WAL in every few minutes of an offline day; a backlog written at once would
  // otherwise leave gigabytes of it.
  await database.client.checkpoint();
  await database.close();
}

/** Saves an answer every 100 ms until stopped, timing each one. */
function savesDuring(client: GatedSyncDatabase, deviceId: string): { stop(): Promise<number[]> } {
  const times: number[] = [];
  const ids = backlogIds('during-');
  let running = true;
  const loop = (async () => {
    const scope = await backlogScope(client);
    const attemptId = ids();
    await startBacklogAttempt(client, scope, attemptId);
    for (let n = 0; running; n += 1) {
      const t0 = performance.now();
      await saveBacklogAnswer(
        client,
        scope,
        {
          answerId: ids(),
          auditId: ids(),
          attemptId,
          questionId: scope.questionIds[n % scope.questionIds.length] ?? '',
          n,
        },
        deviceId,
      );
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return times;
    },
  };
}

/** A fetch that keeps the size of every request body and counts the push batches among them. */
function recordingFetch(): {
  fetch: typeof fetch;
  requests: number[];
  pushBatches: () => number;
} {
  const requests: number[] = [];
  let pushBatches = 0;
  return {
    requests,
    pushBatches: () => pushBatches,
    fetch: async (input, init) => {
      const body = init?.body;
      const bytes = body instanceof Uint8Array ? body.byteLength : 0;
      requests.push(bytes);
      if (body instanceof Uint8Array && Buffer.from(body).includes('turso_sync_last_change_id(')) {
        pushBatches += 1;
      }
      return fetch(input, init);
    },
  };
}

async function push(dir: string, mode: string, threshold: string, url: string): Promise<PushRun> {
  const recorder = recordingFetch();
  const recording = recorder.fetch;
  const { deviceId } = deviceFile(dir);
  let client: GatedSyncDatabase;
  let pushNow: () => Promise<boolean>;
  let close: () => Promise<void>;
  if (mode === 'app') {
    // The runner's loops run as in the app (status checks every 2 s, pulls, checkpoints); the
    // startup push is the one measured.
    const core = await createCore({ dataDir: dir, fetch: recording, logError: quiet });
    client = core.database.client;
    pushNow = () => core.sync.runner.pushNow('bench');
    close = () => core.close();
  } else {
    const database = await openDatabase({
      path: databasePath(dir),
      remote: {
        url: () => url,
        clientName: `exam-desk-${deviceId.slice(-12)}`,
        fetch: recording,
        pushOperationsThreshold: Number(threshold),
      },
    });
    client = database.client;
    pushNow = async () => {
      await database.client.push();
      return true;
    };
    close = () => database.close();
  }
  const run = await measurePush(client, deviceId, pushNow, recorder);
  await close();
  return run;
}

/** Times one push with saves going on, and reads the process's peak memory and longest stall during it. */
async function measurePush(
  client: GatedSyncDatabase,
  deviceId: string,
  pushNow: () => Promise<boolean>,
  recorder: ReturnType<typeof recordingFetch>,
): Promise<PushRun> {
  const first = recorder.requests.length;
  const batchesBefore = recorder.pushBatches();
  const rssBeforeMb = status('VmRSS');
  // Resets the peak (VmHWM) to the current size, so the peak read after is the push's.
  writeFileSync('/proc/self/clear_refs', '5');
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const saves = savesDuring(client, deviceId);
  const t0 = performance.now();
  let ok = false;
  try {
    ok = await pushNow();
  } catch (error) {
    process.stderr.write(`push failed: ${String(error)}\n`);
  }
  const ms = performance.now() - t0;
  const times = (await saves.stop()).sort((a, b) => a - b);
  stalls.disable();
  const peakRssMb = status('VmHWM');
  const requests = recorder.requests.slice(first);
  return {
    ms,
    ok,
    requests: requests.length,
    pushBatches: recorder.pushBatches() - batchesBefore,
    maxRequestBytes: Math.max(0, ...requests),
    sentBytes: requests.reduce((sum, b) => sum + b, 0),
    rssBeforeMb,
    peakRssMb,
    longestStallMs: stalls.max / 1e6,
    saves: times.length,
    saveP50Ms: percentile(times, 0.5),
    saveP99Ms: percentile(times, 0.99),
    saveMaxMs: times.at(-1) ?? 0,
  };
}

export interface ImportRun extends PushRun {
  importId: string;
  imported: number;
  importMs: number;
  /** The peak while the import ran (before the push). */
  importPeakRssMb: number;
}

/** An Aiken file of `count` short questions, each different. */
function aikenBank(count: number): string {
  const items = Array.from(
    { length: count },
    (_, n) =>
      `Which town is number ${String(n)} on the map?\nA. Northtown\nB. Southtown\nANSWER: A\n`,
  );
  return Buffer.from(items.join('\n')).toString('base64');
}

async function importThenPush(dir: string, count: number): Promise<ImportRun> {
  const recorder = recordingFetch();
  // The loops stay off while the import runs, so the push measured is the one of the whole import.
  const core = await createCore({
    dataDir: dir,
    fetch: recorder.fetch,
    logError: quiet,
    startSync: false,
  });
  const [subscription] = await core.env.db().select().from(clientSubscriptions).limit(1);
  if (!subscription) throw new Error('the demo organisation has no subscription');
  // No question limit: the campus plan stops at 50,000 questions, the demo bank already has some.
  await core.env
    .db()
    .update(subscriptionPlans)
    .set({ features: JSON.stringify({ item_analysis: true }) })
    .where(eq(subscriptionPlans.id, subscription.planId));
  const signIn = await core.router.dispatch(
    'auth.signIn',
    { email: 'author@northfield.example', password: 'demo1234' },
    session,
  );
  if (!signIn.ok) throw new Error(signIn.error.message);
  writeFileSync('/proc/self/clear_refs', '5');
  const t0 = performance.now();
  const report = (await core.router.dispatch(
    'questions.import',
    { format: 'aiken', fileName: 'bank.txt', base64: aikenBank(count), skipDuplicates: false },
    session,
  )) as ApiResult<ImportReport>;
  const importMs = performance.now() - t0;
  const importPeakRssMb = status('VmHWM');
  if (!report.ok) throw new Error(report.error.message);
  if (!report.value.committed) throw new Error(report.value.rejection ?? 'not committed');
  await core.database.client.checkpoint();
  const run = await measurePush(
    core.database.client,
    core.device.deviceId,
    () => core.sync.runner.pushNow('bench'),
    recorder,
  );
  await core.close();
  return {
    ...run,
    importId: report.value.importId,
    imported: report.value.counts.imported,
    importMs,
    importPeakRssMb,
  };
}

async function main(): Promise<void> {
  const [command, dir, a = '', b = '', c = ''] = process.argv.slice(2);
  if (!dir) throw new Error('usage: push-child setup|write|push DIR …');
  if (command === 'setup') await setup(dir, a);
  else if (command === 'write') await write(dir, Number(a), Number(b));
  else if (command === 'push')
    process.stdout.write(`${JSON.stringify(await push(dir, a, b, c))}\n`);
  else if (command === 'import')
    process.stdout.write(`${JSON.stringify(await importThenPush(dir, Number(a)))}\n`);
  else throw new Error(`unknown command ${String(command)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
