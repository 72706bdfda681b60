import { describe, expect, it } from 'vitest';
import { saveReceipts, sha256Hex } from '@db/repositories/audit-logs';
import { rowPayload, type ChainRow } from '@shared/audit/chain';
import { signedIn } from '../../helpers/core';
import { adminTenant, createExamCore, demoTestId } from '../../helpers/exam';

/** An exam with a few saves after the last other change: the head is behind the newest rows. */
async function withTrailingSaves() {
  const core = await createExamCore();
  // Signed in first: signing in is a change of its own, which moves the head.
  const admin = await signedIn(core, 'admin');
  const student = await signedIn(core, 'student1');
  const session = await student.ok('exams.start', { testId: await demoTestId(student) });
  const tf = session.questions.find((q) => q.type === 'true_false');
  if (!tf) throw new Error('the demo paper has a true/false question');
  for (let i = 0; i < 3; i += 1) {
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: tf.questionId,
      answer: { type: 'true_false', value: i % 2 === 0 },
    });
  }
  const rows = (await core.database.client.all(
    'SELECT id, seq, action, hash FROM audit_logs WHERE device_id = ? ORDER BY seq',
    core.device.deviceId,
  )) as Array<{ id: string; seq: number; action: string; hash: string }>;
  return { core, admin, session, rows };
}

describe('audit.verify with answer saves after the chain head', () => {
  it('an answer save leaves the head alone and names its own row in the attempt’s save receipt', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const head = async () =>
      (await core.database.client.get(
        'SELECT seq, hash FROM audit_chain_heads WHERE device_id = ?',
        core.device.deviceId,
      )) as { seq: number; hash: string } | undefined;
    const before = await head();
    expect(before?.seq).toBeGreaterThan(0);
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: session.questions[0]!.questionId,
      flagged: true,
    });
    expect(await head()).toEqual(before);
    const save = (await core.database.client.get(
      "SELECT hash FROM audit_logs WHERE action = 'answer.save' ORDER BY seq DESC LIMIT 1",
    )) as { hash: string };
    // The receipt is kept on the answer row the save writes (before, on the attempt's clock row).
    const receipts = await saveReceipts(core.env.db(), await adminTenant(core));
    expect(receipts.filter((r) => r.attemptId === session.attemptId)).toEqual([
      { attemptId: session.attemptId, hash: save.hash, field: 'save_hash' },
    ]);
  });

  it('passes an untouched log whose newest rows are saves', async () => {
    const { admin, rows } = await withTrailingSaves();
    expect(rows.slice(-3).map((r) => r.action)).toEqual([
      'answer.save',
      'answer.save',
      'answer.save',
    ]);
    const result = await admin.ok('audit.verify', {});
    expect(result).toMatchObject({ ok: true, firstBreak: null });
    const [device] = result.devices;
    expect(device).toMatchObject({ rows: rows.length, headSeq: rows.length - 3, ok: true });
  });

  it('names the newest saves deleted from the end, which the head alone does not cover', async () => {
    const { core, admin, session, rows } = await withTrailingSaves();
    await core.database.client.run(
      'DELETE FROM audit_logs WHERE device_id = ? AND seq >= ?',
      core.device.deviceId,
      rows.length - 1,
    );
    const result = await admin.ok('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ kind: 'missing_save' });
    expect(result.firstBreak?.message).toBe(
      `The last answer saved in attempt ${session.attemptId.slice(0, 8)} is not in the log: the newest rows of the computer that saved it were deleted or replaced.`,
    );
  });

  it('names a last save replaced by a row that chains and hashes correctly', async () => {
    const core = await createExamCore();
    const admin = await signedIn(core, 'admin');
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const q = session.questions[0]!;
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q.questionId,
      flagged: true,
    });
    const last = (await core.database.client.get(
      `SELECT id, client_id AS clientId, user_id AS userId, action, resource_type AS resourceType,
        resource_id AS resourceId, changes, created_at AS createdAt, device_id AS deviceId, seq,
        prev_hash AS prevHash, hash, ip_address AS ipAddress, hash_version AS hashVersion
        FROM audit_logs WHERE device_id = ? ORDER BY seq DESC LIMIT 1`,
      core.device.deviceId,
    )) as ChainRow;
    expect(last.action).toBe('answer.save');
    const forged = {
      ...last,
      changes: JSON.stringify({ [`flagged.${q.questionId}`]: [true, false] }),
    };
    await core.database.client.run(
      'UPDATE audit_logs SET changes = ?, hash = ? WHERE id = ?',
      forged.changes,
      sha256Hex(rowPayload(forged)),
      last.id,
    );
    const result = await admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({ kind: 'missing_save' });
  });
});
