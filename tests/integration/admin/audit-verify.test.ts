import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { choice } from './admin-fixtures';

async function withHistory() {
  const core = await createTestCore();
  const author = await signedIn(core, 'author');
  for (let i = 0; i < 3; i += 1)
    await author.ok('questions.create', { content: choice(`Audit ${i}`) });
  const admin = await signedIn(core, 'admin');
  const rows = (await core.database.client.all(
    'SELECT id, seq FROM audit_logs WHERE device_id = ? ORDER BY seq',
    core.device.deviceId,
  )) as Array<{ id: string; seq: number }>;
  return { core, admin, rows };
}

describe('audit.verify', () => {
  it('passes an untouched log, naming the rows and devices it checked', async () => {
    const { admin, rows } = await withHistory();
    const result = await admin.ok('audit.verify', {});
    expect(result).toMatchObject({ ok: true, firstBreak: null, checkedRows: rows.length });
    expect(result.devices).toEqual([
      expect.objectContaining({ rows: rows.length, headSeq: rows.length, ok: true }),
    ]);
  });

  it('names an edited row', async () => {
    const { core, admin, rows } = await withHistory();
    const target = rows[2];
    await core.database.client.run(
      "UPDATE audit_logs SET action = 'question.nothing' WHERE id = ?",
      target?.id,
    );
    const result = await admin.ok('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      seq: target?.seq,
      rowId: target?.id,
    });
    expect(result.firstBreak?.message).toMatch(
      /^Row 3 from device .* was changed after it was written\.$/,
    );
  });

  it('names a row deleted from the middle', async () => {
    const { core, admin, rows } = await withHistory();
    await core.database.client.run('DELETE FROM audit_logs WHERE id = ?', rows[1]?.id);
    const result = await admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({ kind: 'missing_row', seq: 2 });
    expect(result.firstBreak?.message).toMatch(/^Row 2 from device .* is missing/);
  });

  it('names rows deleted from the end, which the chain alone cannot see', async () => {
    const { core, admin, rows } = await withHistory();
    const last = rows.length;
    await core.database.client.run(
      'DELETE FROM audit_logs WHERE device_id = ? AND seq >= ?',
      core.device.deviceId,
      last - 1,
    );
    const result = await admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({ kind: 'truncated', seq: last - 2 });
    expect(result.firstBreak?.message).toMatch(
      new RegExp(`^Rows ${last - 1} to ${last} from device .* were deleted`),
    );
  });

  it('names a replaced last row whose hash the head does not know', async () => {
    const { core, admin, rows } = await withHistory();
    await core.database.client.run("UPDATE audit_chain_heads SET hash = 'forged'");
    const result = await admin.ok('audit.verify', {});
    expect(result.firstBreak).toMatchObject({ kind: 'head_mismatch', seq: rows.length });
  });

  it('is for admins only', async () => {
    const { core } = await withHistory();
    const author = await signedIn(core, 'author');
    expect(await author.call('audit.verify', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('audit.exportCsv and audit.facets', () => {
  it('exports the filtered log with a header, newest first, spreadsheet-safe', async () => {
    const { core, admin } = await withHistory();
    const { csv, rows, fileName } = await admin.ok('audit.exportCsv', {
      action: 'question.create',
    });
    expect(fileName).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'created_at,user,user_id,action,resource_type,resource_id,changes,device_id,seq,id',
    );
    expect(rows).toBe(3);
    expect(lines.slice(1).every((l) => l.includes(',question.create,question,'))).toBe(true);
    expect(lines[1]).toContain(core.device.deviceId);
    const facets = await admin.ok('audit.facets', {});
    expect(facets.actions).toEqual(expect.arrayContaining(['question.create', 'auth.sign_in']));
    expect(facets.resourceTypes).toContain('question');
  });
});
