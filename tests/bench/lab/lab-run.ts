import { join } from 'node:path';
import type { Value } from '@libsql/client/http';
import { withServerDatabase } from '@db/server/connection';
import {
  startSyncServerProcess,
  type SyncServerProcess,
} from '../../e2e/support/sync-server-process';
import { bundleChild } from '../../integration/sync/support/child-process';
import { percentile } from '../admin/stats';
import { answerKey, checkLab, type LabFindings, type LabTruth } from './lab-check';
import { inBatches, LabDevice } from './lab-fleet';
import { LAB_QUESTIONS } from './lab-paper';
import {
  answersDigest,
  optionOf,
  type DeviceEvent,
  type DeviceRows,
  type SyncCounts,
} from './lab-protocol';

export interface LabOptions {
  scratch: string;
  devices: number;
  studentsPerDevice: number;
  /** The pause between one student's saves, on average. */
  paceMs: number;
  /** Answers each student changes after giving all of them once. */
  revisions: number;
  outageMs: number;
  log: (line: string) => void;
}

export interface LabFigures {
  findings: LabFindings;
  saves: number;
  saveP50Ms: number;
  saveP99Ms: number;
  saveMaxMs: number;
  /** Saves (and starts and submits) the app refused and the student's page had to try again. */
  saveErrors: number;
  saveErrorKinds: Map<string, number>;
  examS: number;
  outageS: number;
  /** From the last save until no computer had anything left to send, by the runners alone. */
  pushSettleS: number;
  /** From the last save until every computer held every answer (the harness has each pull at the end). */
  convergeS: number;
  /** Computers that still differed when the harness stopped waiting. */
  unconverged: number;
  /** After the server came back: when the first and the last computer got a push through. */
  reconnectFirstS: number;
  reconnectLastS: number;
  sync: SyncCounts;
  logs: Map<string, number>;
}

const PASSWORD = 'lantern orbit pebble 2026';
const SETUP_AT_ONCE = 4;
const SETTLE_LIMIT_MS = 5 * 60_000;
const CONVERGE_LIMIT_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A text column as the server sends it back. */
function text(value: Value | undefined): string {
  if (typeof value !== 'string')
    throw new Error(`expected text from the server, got ${typeof value}`);
  return value;
}

async function serverRows(
  url: string,
  testId: string,
): Promise<Pick<DeviceRows, 'answers' | 'attempts'>> {
  return withServerDatabase({ url, token: 'lab' }, async (client) => {
    const answers = await client.execute({
      sql: `SELECT n.id, n.attempt_id, n.question_id, n.student_answer FROM attempt_answers n
            JOIN attempts a ON a.id = n.attempt_id WHERE a.test_id = ?`,
      args: [testId],
    });
    const attempts = await client.execute({
      sql: 'SELECT id, status FROM attempts WHERE test_id = ?',
      args: [testId],
    });
    return {
      answers: answers.rows.map((r) => ({
        id: text(r.id),
        attemptId: text(r.attempt_id),
        questionId: text(r.question_id),
        optionId: optionOf(r.student_answer === null ? null : text(r.student_answer)),
      })),
      attempts: attempts.rows.map((r) => ({
        id: text(r.id),
        status: r.status === null ? null : text(r.status),
      })),
    };
  });
}

function sumCounts(all: SyncCounts[]): SyncCounts {
  const total: SyncCounts = {
    pushOk: 0,
    pushFailed: 0,
    pullOk: 0,
    pullFailed: 0,
    checkpointOk: 0,
    checkpointFailed: 0,
    walBytes: 0,
    pending: 0,
    pushOkAt: [],
    logs: {},
  };
  for (const c of all) {
    total.pushOk += c.pushOk;
    total.pushFailed += c.pushFailed;
    total.pullOk += c.pullOk;
    total.pullFailed += c.pullFailed;
    total.checkpointOk += c.checkpointOk;
    total.checkpointFailed += c.checkpointFailed;
    // The largest WAL any computer had, not their sum.
    total.walBytes = Math.max(total.walBytes, c.walBytes);
    total.pending += c.pending;
    for (const [k, n] of Object.entries(c.logs)) total.logs[k] = (total.logs[k] ?? 0) + n;
  }
  return total;
}

/**
 * The lab: one sync server on loopback, `devices` computers each a process
 * of its own with the app's services, enrolled into one organisation; every
 * student sits the 40-question paper at the scripted pace while the runners
 * push and pull; halfway through the server stops for `outageMs`; then the
 * runners send what is left, every computer pulls, and everything is checked.
 */
export async function runLab(o: LabOptions): Promise<LabFigures> {
  const script = await bundleChild(join(import.meta.dirname, 'lab-device.ts'));
  const server = await startSyncServerProcess();
  const fleet: LabDevice[] = [];
  try {
    return await drive(o, script, server, fleet);
  } finally {
    await Promise.all(fleet.map((d) => d.close()));
    await server.stop();
  }
}

async function drive(
  o: LabOptions,
  script: string,
  server: SyncServerProcess,
  fleet: LabDevice[],
): Promise<LabFigures> {
  const truth: LabTruth = { answers: new Map(), statuses: new Map(), questionCount: LAB_QUESTIONS };
  const latencies: number[] = [];
  const saveErrorKinds = new Map<string, number>();
  let lastSaveAt = 0;
  let done = 0;
  const onEvent = (device: LabDevice, e: DeviceEvent) => {
    if (e.event === 'save') {
      truth.answers.set(answerKey(e.ack.attemptId, e.ack.questionId), e.ack.optionId);
      latencies.push(e.ack.latencyMs);
      lastSaveAt = Math.max(lastSaveAt, e.ack.ackAt);
    } else if (e.event === 'saveError') {
      const kind = e.message.slice(0, 160);
      saveErrorKinds.set(kind, (saveErrorKinds.get(kind) ?? 0) + 1);
    } else if (e.event === 'submitted') {
      truth.statuses.set(e.attemptId, e.status);
    } else if (e.event === 'done') {
      done += 1;
    } else {
      o.log(`${device.name}: ${e.message}`);
    }
  };
  const names = Array.from(
    { length: o.devices },
    (_, d) => `Lab PC ${String(d + 1).padStart(2, '0')}`,
  );
  const studentsOf = (d: number) =>
    Array.from(
      { length: o.studentsPerDevice },
      (_, s) => `lab-student-${String(d + 1).padStart(2, '0')}-${String(s + 1)}@lab.example`,
    );
  const allStudents = names.flatMap((_, d) => studentsOf(d));
  for (const name of names) fleet.push(new LabDevice(name, script, onEvent));
  const setupOf = (d: number) => ({
    dataDir: join(o.scratch, `device-${String(d + 1)}`),
    url: server.url,
    deviceName: names[d]!,
    founder: d === 0,
    allStudents,
    students: studentsOf(d),
    password: PASSWORD,
  });

  const t0 = Date.now();
  const testId = await fleet[0]!.setUp(setupOf(0));
  if (!testId) throw new Error('the first computer made no paper');
  await inBatches(fleet.slice(1), SETUP_AT_ONCE, (device) =>
    device.setUp(setupOf(fleet.indexOf(device))),
  );
  o.log(`${String(o.devices)} computers enrolled in ${String(seconds(Date.now() - t0))} s`);

  const expectedSaves = allStudents.length * (LAB_QUESTIONS + o.revisions);
  const examStart = Date.now();
  await Promise.all(
    fleet.map((device, d) =>
      device.run({ testId, paceMs: o.paceMs, revisions: o.revisions, seed: `lab-${String(d)}` }),
    ),
  );
  while (latencies.length < expectedSaves / 2 && done < fleet.length) await sleep(200);
  o.log(
    `halfway (${String(latencies.length)} saves): the server stops for ${String(o.outageMs / 1000)} s`,
  );
  const outageStart = Date.now();
  await server.kill();
  await sleep(o.outageMs);
  await server.start();
  const backAt = Date.now();
  const outageMs = backAt - outageStart;
  o.log(`the server is back after ${String(seconds(outageMs))} s`);
  while (done < fleet.length) await sleep(200);
  const examEnd = Date.now();
  o.log(
    `${String(latencies.length)} saves in ${String(seconds(examEnd - examStart))} s; waiting for the runners to send the rest`,
  );

  let pending = Number.POSITIVE_INFINITY;
  while (pending > 0 && Date.now() - lastSaveAt < SETTLE_LIMIT_MS) {
    pending = (await Promise.all(fleet.map((d) => d.status()))).reduce((n, c) => n + c.pending, 0);
    if (pending > 0) await sleep(500);
  }
  const settledAt = Date.now();
  o.log(
    `nothing left to send ${String(seconds(settledAt - lastSaveAt))} s after the last save (${String(pending)} waiting)`,
  );

  const expected = answersDigest(
    [...truth.answers].map(([key, optionId]) => {
      const [attemptId, questionId] = key.split('/') as [string, string];
      return { attemptId, questionId, optionId };
    }),
    [...truth.statuses].map(([id, status]) => ({ id, status })),
  );
  let behind = [...fleet];
  while (behind.length > 0 && Date.now() - lastSaveAt < CONVERGE_LIMIT_MS) {
    // Every computer still missing something pulls (Sync now), and is looked at again.
    await Promise.all(behind.map((d) => d.syncNow()));
    const digests = await Promise.all(behind.map((d) => d.digest(testId)));
    behind = behind.filter((_, i) => digests[i]!.digest !== expected);
  }
  const convergedAt = Date.now();
  o.log(
    behind.length === 0
      ? `every computer holds every answer ${String(seconds(convergedAt - lastSaveAt))} s after the last save`
      : `${String(behind.length)} computers still differ after ${String(seconds(convergedAt - lastSaveAt))} s`,
  );

  const onServer = await serverRows(server.url, testId);
  const devices = await inBatches(fleet, SETUP_AT_ONCE, async (d) => ({
    name: d.name,
    rows: await d.rows(testId),
  }));
  const findings = checkLab(truth, onServer, devices);
  const perDevice = await Promise.all(fleet.map((d) => d.status()));
  const sync = sumCounts(perDevice);
  // Pushes that began during the outage failed; the first to work after it is each computer's way back.
  const back = perDevice
    .map((c) => c.pushOkAt.find((at) => at >= outageStart))
    .filter((at): at is number => at !== undefined)
    .map((at) => Math.max(0, at - backAt));
  return {
    findings,
    saves: latencies.length,
    saveP50Ms: percentile(latencies, 50),
    saveP99Ms: percentile(latencies, 99),
    saveMaxMs: Math.max(...latencies),
    saveErrors: [...saveErrorKinds.values()].reduce((a, b) => a + b, 0),
    saveErrorKinds,
    examS: seconds(examEnd - examStart),
    outageS: seconds(outageMs),
    pushSettleS: seconds(settledAt - lastSaveAt),
    convergeS: seconds(convergedAt - lastSaveAt),
    unconverged: behind.length,
    reconnectFirstS: seconds(Math.min(...back)),
    reconnectLastS: seconds(Math.max(...back)),
    sync,
    logs: new Map(Object.entries(sync.logs)),
  };
}
