import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportRescue } from '@main/services/backup/rescue-export';
import { writeRescueFile, type RescuePayload } from '@main/services/backup/rescue-file';
import { loadOrCreateSigningKey } from '@main/services/backup/rescue-key';
import { registerSigningKey } from '@main/services/backup/signing-key-registration';
import { emptyRescueTables, type RescueRow } from '@db/backup/rescue-rows';
import { writeAnswerSummary } from '@db/repositories/answer-summaries';
import { summariseAnswers } from '@shared/analysis/answer-summary';
import { createTestCore, signedIn } from '../../helpers/core';
import { prepareDemoFixture } from '../../helpers/fixtures';
import { startSyncServer } from '../../helpers/sync-server';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, newDevice, rows, syncOk } from '../sync/support/devices';
import { bundleChildScript } from '../../helpers/child-bundle';

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
    // The helper writes node_modules/.cache/NAME/child.mjs, the path `bundle` names.
    await bundleChildScript(
      'tests/integration/delivery/support/crash-child.ts',
      'exam-rescue-child',
    );
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
    // Every acknowledged answer is in the file; so may be a save that committed after the
    // last acknowledgement was read and before the kill landed.
    const inFile = written.counts.attempt_answers ?? 0;
    expect(inFile).toBeGreaterThanOrEqual(exam.answered.size);
    expect(inFile).toBeLessThanOrEqual(exam.answered.size + 2);
    expect(first.tables.attempt_answers?.added).toBe(inFile);

    const second = await other.admin.ok('backup.importRescue', { fileText: written.text });
    expect(second.alreadyImported).toBe(true);
    expect(second.importedAt).toBe(first.importedAt);
    expect(Object.values(second.tables).every((t) => t.added + t.updated === 0)).toBe(true);

    const imported = await rows<{ question_id: string }>(
      other,
      'SELECT question_id FROM attempt_answers WHERE attempt_id = ?',
      exam.attemptId,
    );
    const importedQuestions = new Set(imported.map((r) => r.question_id));
    for (const question of exam.answered) expect(importedQuestions).toContain(question);
    expect(imported).toHaveLength(inFile);
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
    expect(onServer).toHaveLength(inFile);
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

  it('writes an imported attempt’s answer summary again from the answers it brought', async () => {
    const core = await createTestCore();
    const fx = await prepareDemoFixture(core);
    const client = core.database.client;
    const admin = await signedIn(core, 'admin');
    const student = {
      clientId: fx.clientId,
      profileId: fx.people.student1,
      role: 'student' as const,
    };
    // The summary reports read now, from the answers as they are here.
    await writeAnswerSummary(core.env.db(), student, fx.attemptId, '2026-06-01T08:00:00.000Z');
    const summaryNow = async () =>
      (
        (await client.get(
          'SELECT summary FROM attempt_summaries WHERE attempt_id = ?',
          fx.attemptId,
        )) as { summary: string } | undefined
      )?.summary;
    const before = await summaryNow();
    expect(before).toBeDefined();

    // The rescued computer regraded an answer after the copy here was made.
    const attempt = (await client.get(
      'SELECT * FROM attempts WHERE id = ?',
      fx.attemptId,
    )) as RescueRow;
    const answers = (await client.all(
      'SELECT * FROM attempt_answers WHERE attempt_id = ? ORDER BY id',
      fx.attemptId,
    )) as RescueRow[];
    const regraded = answers.map((a, i) =>
      i === 0 ? { ...a, marks_obtained: 0, updated_at: '2026-06-01T11:00:00.000Z' } : a,
    );
    await registerSigningKey(core.env, core.dataDir);
    const payload: RescuePayload = {
      format: 'exam-desk-rescue',
      version: 1,
      rescueId: core.env.ids(),
      createdAt: '2026-06-01T11:30:00.000Z',
      organisationId: fx.clientId,
      deviceId: core.device.deviceId,
      deviceName: 'Lab PC 3',
      readFrom: ['exam.db'],
      problems: [],
      tables: { ...emptyRescueTables(), attempts: [attempt], attempt_answers: regraded },
    };
    const imported = await admin.ok('backup.importRescue', {
      fileText: writeRescueFile(payload, loadOrCreateSigningKey(core.dataDir)),
    });
    expect(imported.tables.attempt_answers).toEqual({
      added: 0,
      updated: 1,
      unchanged: answers.length - 1,
    });

    const rows = (await client.all(
      'SELECT question_id AS questionId, student_answer AS answer, marks_obtained AS marks FROM attempt_answers WHERE attempt_id = ?',
      fx.attemptId,
    )) as Array<{ questionId: string; answer: string | null; marks: number | null }>;
    expect(rows.map((r) => r.marks)).toContain(0);
    const after = await summaryNow();
    expect(after).not.toBe(before);
    expect(after).toBe(summariseAnswers(rows));
  });
});
