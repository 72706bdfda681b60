import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportRescue } from '@main/services/backup/rescue-export';
import { writeRescueFile, type RescuePayload } from '@main/services/backup/rescue-file';
import { loadOrCreateSigningKey } from '@main/services/backup/rescue-key';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, newDevice, rows, syncOk } from '../sync/support/devices';
import { bundleEngineWorkerBeside } from '../../helpers/engine-worker-bundle';

const root = resolve(import.meta.dirname, '../../..');
const bundle = join(root, 'node_modules/.cache/exam-rescue-child/child.mjs');

/** Runs the exam child on `dataDir` until it has `acks` saves acknowledged, then SIGKILLs it. */
function examUntilKilled(
  dataDir: string,
  acks: number,
): Promise<{ attemptId: string; answered: Set<string> }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    let attemptId = '';
    const answered = new Set<string>();
    let acked = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the exam did not save ${acks} answers in time\n${stderr}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        if (line.startsWith('STATE '))
          attemptId = (JSON.parse(line.slice(6)) as { attemptId: string }).attemptId;
        if (line.startsWith('ACK ')) {
          answered.add(line.split(' ')[1] ?? '');
          acked += 1;
          if (acked === acks) child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && acked >= acks) resolveRun({ attemptId, answered });
      else
        reject(
          new Error(`the exam child ended (${String(signal)}) after ${acked} saves\n${stderr}`),
        );
    });
  });
}

describe('rescuing a dead computer', () => {
  beforeAll(async () => {
    mkdirSync(join(root, 'node_modules/.cache/exam-rescue-child'), { recursive: true });
    await build({
      entryPoints: [join(root, 'tests/integration/delivery/support/crash-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      external: ['@tursodatabase/*'],
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
    await bundleEngineWorkerBeside(bundle);
  });

  it('a computer killed mid-exam with the network down: its answers imported on another, exactly once', async () => {
    const server = await startSyncServer();
    const deadDir = tempDir('exam-dead-pc-');
    const dead = await enrol(await newDevice({ dataDir: deadDir }), server, 'Lab PC 7');
    await syncOk(dead);
    await dead.core.close();
    const other = await enrol(await newDevice(), server, 'Front desk');
    await syncOk(other);

    // The network goes down; the exam runs on, then the computer dies.
    await server.stop();
    const exam = await examUntilKilled(deadDir, 12);
    await server.start();

    const written = await exportRescue({
      dataDir: deadDir,
      nowIso: '2026-06-01T12:00:00.000Z',
      newId: other.core.env.ids,
    });
    expect(written.unregisteredKey).toBe(false);
    expect(written.counts.attempts).toBe(1);

    const first = await other.admin.ok('backup.importRescue', { fileText: written.text });
    expect(first.alreadyImported).toBe(false);
    expect(first.fromDevice.name).toBe('Lab PC 7');
    expect(first.tables.attempts).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(first.tables.attempt_answers?.added).toBe(exam.answered.size);

    const second = await other.admin.ok('backup.importRescue', { fileText: written.text });
    expect(second.alreadyImported).toBe(true);
    expect(second.importedAt).toBe(first.importedAt);
    expect(Object.values(second.tables).every((t) => t.added + t.updated === 0)).toBe(true);

    const imported = await rows<{ question_id: string }>(
      other,
      'SELECT question_id FROM attempt_answers WHERE attempt_id = ?',
      exam.attemptId,
    );
    expect(new Set(imported.map((r) => r.question_id))).toEqual(exam.answered);
    const audits = await rows<{ id: string }>(
      other,
      "SELECT id FROM audit_logs WHERE action = 'rescue.import'",
    );
    expect(audits).toHaveLength(1);

    await syncOk(other);
    const onServer = await server.query(
      'SELECT question_id FROM attempt_answers WHERE attempt_id = ?',
      [exam.attemptId],
    );
    expect(onServer).toHaveLength(exam.answered.size);
    expect(
      await server.query('SELECT id FROM attempts WHERE id = ?', [exam.attemptId]),
    ).toHaveLength(1);
  });

  it('refuses a file changed after it was written, and one signed with a key the organisation does not know', async () => {
    const server = await startSyncServer();
    const a = await enrol(await newDevice(), server, 'Lab PC A');
    await syncOk(a);
    const b = await enrol(await newDevice(), server, 'Lab PC B');
    await syncOk(b);
    const written = await exportRescue({
      dataDir: a.core.dataDir,
      nowIso: '2026-06-01T12:00:00.000Z',
      newId: a.core.env.ids,
      everything: true,
    });
    const outer = JSON.parse(written.text) as { payload: string };
    const changed = JSON.stringify({
      ...outer,
      payload: outer.payload.replace('Lab PC A', 'Lab PC Z'),
    });
    const refused = await b.admin.call('backup.importRescue', { fileText: changed });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'VALIDATION',
      field: 'fileText',
    });
    expect(refused.ok ? '' : refused.error.message).toContain('signature does not match');

    // Signed properly, but with a key computer A never registered with the organisation.
    const resigned = writeRescueFile(
      JSON.parse(outer.payload) as RescuePayload,
      loadOrCreateSigningKey(tempDir('exam-other-key-')),
    );
    const unknown = await b.admin.call('backup.importRescue', { fileText: resigned });
    expect(unknown.ok ? '' : unknown.error.message).toContain('never registered');

    // A computer of another organisation.
    const stranger = await newDevice();
    const strangerFile = await exportRescue({
      dataDir: stranger.core.dataDir,
      nowIso: '2026-06-01T12:00:00.000Z',
      newId: stranger.core.env.ids,
      everything: true,
    });
    const foreign = await b.admin.call('backup.importRescue', { fileText: strangerFile.text });
    expect(foreign.ok ? '' : foreign.error.message).toContain('another organisation');
  });
});
