import { describe, expect, it } from 'vitest';
import { keptRead } from '@db/kept-read';
import { getSessionStanding } from '@db/repositories/profiles';
import { createTestCore } from '../../helpers/core';

interface PersonRow {
  id: string;
  email: string;
  active: number;
}

const personRead = keptRead<PersonRow>('SELECT id, email, active FROM profiles WHERE id = ?');

const people = async (core: Awaited<ReturnType<typeof createTestCore>>) =>
  (await core.database.client.all(
    'SELECT id, email, active FROM profiles ORDER BY email',
  )) as PersonRow[];

describe('a read that keeps its statement', () => {
  it('answers each of many calls at once with its own row', async () => {
    const core = await createTestCore();
    const all = await people(core);
    expect(all.length).toBeGreaterThan(5);
    // Every person asked for 20 times, all calls in flight together, interleaved.
    const asked = Array.from({ length: 20 }, () => all).flat();
    const answers = await Promise.all(asked.map((p) => personRead(core.database.client, p.id)));
    expect(answers.map((row) => row?.email)).toEqual(asked.map((p) => p.email));
    await core.close();
  });

  it('reads the row as it is now at every call, and a missing row as nothing', async () => {
    const core = await createTestCore();
    const [first] = await people(core);
    if (!first) throw new Error('the demo has people');
    expect((await personRead(core.database.client, first.id))?.active).toBe(1);
    await core.database.client.run('UPDATE profiles SET active = 0 WHERE id = ?', first.id);
    expect((await personRead(core.database.client, first.id))?.active).toBe(0);
    expect(await personRead(core.database.client, 'nobody')).toBeUndefined();
    await core.close();
  });

  it('keeps one statement per database: two databases each answer from their own rows', async () => {
    const one = await createTestCore();
    const two = await createTestCore();
    const [person] = await people(one);
    if (!person) throw new Error('the demo has people');
    await two.database.client.run(
      'UPDATE profiles SET email = ? WHERE id = ?',
      'renamed@two.example',
      person.id,
    );
    expect((await personRead(one.database.client, person.id))?.email).toBe(person.email);
    expect((await personRead(two.database.client, person.id))?.email).toBe('renamed@two.example');
    await one.close();
    await two.close();
  });

  it('gives the session check of many callers at once each its own standing', async () => {
    const core = await createTestCore();
    const rows = (await core.database.client.all(
      'SELECT id, client_id AS clientId, role FROM profiles WHERE deleted_at IS NULL ORDER BY email',
    )) as Array<{ id: string; clientId: string; role: 'admin' | 'author' | 'proctor' | 'student' }>;
    const asked = Array.from({ length: 10 }, () => rows).flat();
    const standings = await Promise.all(
      asked.map((r) =>
        getSessionStanding(core.database, { clientId: r.clientId, profileId: r.id, role: r.role }),
      ),
    );
    expect(standings.map((s) => [s?.id, s?.role])).toEqual(asked.map((r) => [r.id, r.role]));
    await core.close();
  });
});
