import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

describe('migration 0030 (admin mode)', () => {
  it('adds the expected total to tests, chain heads backfilled from the log, and keeps all data', async () => {
    const db = await openTestDatabase({ migrateTo: 2 });
    const c = db.client;
    await c.run("INSERT INTO clients (id, name) VALUES ('c1', 'Org')");
    await c.run(
      "INSERT INTO tests (id, client_id, test_name, status, pass_mark) VALUES ('t1', 'c1', 'Quiz', 'published', 40)",
    );
    for (const [device, seq] of [
      ['d1', 1],
      ['d1', 2],
      ['d1', 3],
      ['d2', 1],
    ] as const) {
      await c.run(
        'INSERT INTO audit_logs (id, client_id, action, device_id, seq, prev_hash, hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        `${device}-${seq}`,
        'c1',
        'x.y',
        device,
        seq,
        `prev-${device}-${seq}`,
        `hash-${device}-${seq}`,
        `2026-05-0${seq}T00:00:00.000Z`,
      );
    }
    // A row from before the chain existed (no device) gets no head.
    await c.run("INSERT INTO audit_logs (id, action) VALUES ('old', 'legacy')");

    const state = await migrate(c, { target: 30, nowIso });
    expect(state.databaseVersion).toBe(30);

    expect(
      await c.all(
        'SELECT device_id, client_id, seq, hash FROM audit_chain_heads ORDER BY device_id',
      ),
    ).toEqual([
      { device_id: 'd1', client_id: 'c1', seq: 3, hash: 'hash-d1-3' },
      { device_id: 'd2', client_id: 'c1', seq: 1, hash: 'hash-d2-1' },
    ]);
    expect(
      await c.get(
        "SELECT test_name, status, pass_mark, expected_total_marks FROM tests WHERE id = 't1'",
      ),
    ).toEqual({
      test_name: 'Quiz',
      status: 'published',
      pass_mark: 40,
      expected_total_marks: null,
    });
    expect(((await c.get('SELECT count(*) AS n FROM audit_logs')) as { n: number }).n).toBe(5);
    const indexes = (await c.all("SELECT name FROM sqlite_schema WHERE type = 'index'")) as Array<{
      name: string;
    }>;
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['idx_questions_live', 'idx_attempts_test_status']),
    );
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: 30 });
    await db.client.run('DELETE FROM schema_migrations WHERE version = 30');
    const state = await migrate(db.client, { target: 30, nowIso });
    expect(state.databaseVersion).toBe(30);
  });
});
