import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';

describe('sessions', () => {
  it('sign out ends the session: the next call is UNAUTHENTICATED', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    expect(await author.ok('auth.signOut', {})).toBeNull();
    expect(await author.ok('auth.session', {})).toBeNull();
    const next = await author.call('questions.list', {});
    expect(next.ok ? 'ok' : next.error.code).toBe('UNAUTHENTICATED');
    const again = await author.call('auth.signOut', {});
    expect(again.ok ? 'ok' : again.error.code).toBe('UNAUTHENTICATED');
  });

  it('signing in one window does not sign in another, nor sign it out', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const student = await signedIn(core, 'student1');
    expect((await author.ok('auth.session', {}))?.person.role).toBe('author');
    expect((await student.ok('auth.session', {}))?.person.role).toBe('student');
    await student.ok('auth.signOut', {});
    expect((await author.ok('questions.list', {})).total).toBeGreaterThan(0);
  });

  it('deactivating a signed-in person ends their session at once', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const student = await signedIn(core, 'student1');
    const admin = await signedIn(core, 'admin');
    expect((await student.ok('exams.attempts', {})).length).toBe(0);

    await admin.ok('people.update', { id: ids.people.student1, active: false });

    const next = await student.call('exams.attempts', {});
    expect(next.ok ? 'ok' : next.error.code).toBe('UNAUTHENTICATED');
    expect(await student.ok('auth.session', {})).toBeNull();
  });

  it('a deactivation that arrives by sync (straight into the table) ends the session on the next call', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    await core.database.client.run(
      'UPDATE profiles SET active = 0 WHERE id = ?',
      ids.people.author,
    );
    const next = await author.call('questions.list', {});
    expect(next.ok ? 'ok' : next.error.code).toBe('UNAUTHENTICATED');
  });

  it('a deletion or a move to another organisation that arrives by sync ends the session on the next call', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    const student = await signedIn(core, 'student1');
    await core.database.client.run(
      "UPDATE profiles SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?",
      ids.people.author,
    );
    const deleted = await author.call('questions.list', {});
    expect(deleted.ok ? 'ok' : deleted.error.code).toBe('UNAUTHENTICATED');

    const org = (await core.database.client.get(
      'SELECT client_id AS id FROM profiles WHERE id = ?',
      ids.people.student1,
    )) as { id: string };
    await core.database.client.run(
      "INSERT INTO clients (id, name) VALUES ('org-elsewhere', 'Elsewhere')",
    );
    await core.database.client.run(
      "UPDATE profiles SET client_id = 'org-elsewhere' WHERE id = ?",
      ids.people.student1,
    );
    const moved = await student.call('exams.attempts', {});
    expect(moved.ok ? 'ok' : moved.error.code).toBe('UNAUTHENTICATED');
    expect(org.id).not.toBe('org-elsewhere');
  });

  it('a person whose row belongs to an import not yet live is not signed in; once it is live, they are', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    const row = (await core.database.client.get(
      'SELECT client_id AS org FROM profiles WHERE id = ?',
      ids.people.author,
    )) as { org: string };
    await core.database.client.run(
      "INSERT INTO staged_imports (id, client_id, kind, device_id, status, created_at, updated_at) VALUES ('imp-1', ?, 'people', 'dev', 'staging', '2026-01-01', '2026-01-01')",
      row.org,
    );
    await core.database.client.run(
      "UPDATE profiles SET import_id = 'imp-1' WHERE id = ?",
      ids.people.author,
    );
    const staged = await author.call('questions.list', {});
    expect(staged.ok ? 'ok' : staged.error.code).toBe('UNAUTHENTICATED');

    const again = await signedIn(core, 'author').catch(() => null);
    expect(again).toBeNull();
    await core.database.client.run("UPDATE staged_imports SET status = 'live' WHERE id = 'imp-1'");
    const live = await signedIn(core, 'author');
    expect((await live.ok('questions.list', {})).total).toBeGreaterThan(0);
  });

  it('a schema change under the session lookup (a pull adding a column) does not end anyone’s session', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    expect((await author.ok('questions.list', {})).total).toBeGreaterThan(0);
    await core.database.client.exec('ALTER TABLE profiles ADD COLUMN nickname TEXT');
    expect((await author.ok('questions.list', {})).total).toBeGreaterThan(0);
    expect((await author.ok('auth.session', {}))?.person.role).toBe('author');
  });

  it('a role change takes effect on the next call', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    const admin = await signedIn(core, 'admin');
    await admin.ok('people.update', { id: ids.people.author, role: 'student' });
    const next = await author.call('questions.list', {});
    expect(next.ok ? 'ok' : next.error.code).toBe('FORBIDDEN');
    expect((await author.ok('auth.session', {}))?.person.role).toBe('student');
  });

  it('a password reset by an admin ends the other person’s sessions, not the admin’s', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const student = await signedIn(core, 'student1');
    const admin = await signedIn(core, 'admin');
    await admin.ok('people.resetPassword', { id: ids.people.student1, password: 'brand-new-pass' });
    const next = await student.call('exams.attempts', {});
    expect(next.ok ? 'ok' : next.error.code).toBe('UNAUTHENTICATED');
    await admin.ok('people.resetPassword', { id: ids.people.admin, password: 'my-own-new-pass' });
    expect((await admin.ok('people.list', {})).length).toBeGreaterThan(0);
  });

  it('an inactive organisation can sign in and read, but not change anything', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    await admin.ok('organisation.update', { active: false });
    const session = await admin.ok('auth.session', {});
    expect(session?.readOnly?.reason).toMatch(/inactive/);
    expect((await admin.ok('people.list', {})).length).toBeGreaterThan(0);
    const write = await admin.call('organisation.update', { active: true });
    expect(write.ok ? 'ok' : write.error.code).toBe('FORBIDDEN');
  });

  it('a read-only session can still sign out', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const author = await signedIn(core, 'author');
    await admin.ok('organisation.update', { active: false });
    const result = await author.call('auth.signOut', {});
    expect(result.ok ? 'ok' : result.error).toBe('ok');
    expect(await author.ok('auth.session', {})).toBeNull();
  });
});
