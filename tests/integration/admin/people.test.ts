import { describe, expect, it } from 'vitest';
import { clientOf, createTestCore, signedIn } from '../../helpers/core';
import { setPlan } from './admin-fixtures';

const csv = (text: string) => Buffer.from(text).toString('base64');

describe('people.import', () => {
  it('checks every row, names the field of each refusal, and creates all or none', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const file = csv(
      [
        'name,email,role,password',
        'Nia New,nia@northfield.example,student,long-password',
        'Omar New,omar@northfield.example,,',
        ',nameless@northfield.example,student,long-password',
        'Dup,nia@northfield.example,student,long-password',
        'Taken,student1@northfield.example,student,long-password',
        'Bad Role,bad@northfield.example,wizard,long-password',
        'Short,short@northfield.example,student,short',
        'Staff,staff@northfield.example,proctor,long-password',
      ].join('\n'),
    );
    const preview = await admin.ok('people.importPreview', { base64: file });
    expect(preview.rows.map((r) => [r.line, r.status, r.field])).toEqual([
      [2, 'would_create', null],
      [3, 'would_create', null],
      [4, 'skipped', 'name'],
      [5, 'skipped', 'email'],
      [6, 'skipped', 'email'],
      [7, 'skipped', 'role'],
      [8, 'skipped', 'password'],
      [9, 'would_create', null],
    ]);
    expect(preview.rejection).toMatch(/5 of 8 rows cannot be imported/);
    const before = (await admin.ok('people.list', { includeInactive: true })).length;
    const refused = await admin.ok('people.import', { base64: file });
    expect(refused.committed).toBe(false);
    expect((await admin.ok('people.list', { includeInactive: true })).length).toBe(before);

    const done = await admin.ok('people.import', { base64: file, skipInvalid: true });
    expect(done.committed).toBe(true);
    expect(done.counts).toMatchObject({ created: 3, skipped: 5 });
    const omar = done.rows.find((r) => r.email === 'omar@northfield.example');
    expect(omar?.temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(omar?.role).toBe('student');
    // The temporary password works.
    const omarClient = clientOf(core);
    expect(
      (
        await omarClient.call('auth.signIn', {
          email: 'omar@northfield.example',
          password: omar?.temporaryPassword ?? '',
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses staff rows from an author, and the plan limit on students as a whole', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const staff = await author.ok('people.importPreview', {
      base64: csv('name,email,role\nP,p@northfield.example,proctor\n'),
    });
    expect(staff.rows[0]).toMatchObject({
      status: 'skipped',
      field: 'role',
      reason: 'role: only admins can create staff',
    });
    const students = (await author.ok('people.list', { role: 'student' })).length;
    await setPlan(core, { max_students: students + 1 });
    const two = await author.ok('people.import', {
      base64: csv('name,email\nA,a@northfield.example\nB,b@northfield.example\n'),
    });
    expect(two.committed).toBe(false);
    expect(two.rejection).toMatch(new RegExp(`^max_students \\(${students + 1}\\) reached`));
  });

  it('reports a file that is not UTF-8, or has no name and email columns', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const latin = await admin.ok('people.importPreview', {
      base64: Buffer.from('name,email\nJos\xe9,j@x.example\n', 'latin1').toString('base64'),
    });
    expect(latin.rejection).toMatch(/not UTF-8/);
    const header = await admin.ok('people.importPreview', {
      base64: csv('full name,mail\nA,a@x.example\n'),
    });
    expect(header.rejection).toMatch(/needs "name" and "email" columns/);
  });
});

describe('staff rules', () => {
  it('lets authors manage students but not staff', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const student = await author.ok('people.create', {
      name: 'New S',
      email: 'news@northfield.example',
      role: 'student',
      password: 'long-enough',
    });
    expect(student.role).toBe('student');
    expect(
      await author.call('people.create', {
        name: 'New P',
        email: 'newp@northfield.example',
        role: 'proctor',
        password: 'long-enough',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only admins manage staff' },
    });
    expect(await author.call('people.update', { id: student.id, role: 'admin' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const staff = (await author.ok('people.list', { role: 'proctor' }))[0];
    expect(
      await author.call('people.resetPassword', { id: staff?.id ?? '', password: 'new-password' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await author.ok('people.update', { id: student.id, active: false })).active).toBe(
      false,
    );
  });
});
