import { describe, expect, it } from 'vitest';
import { PIN_RULE } from '@shared/auth/pin-rules';
import { openHash } from '@main/services/auth/sealed-hashes';
import { newAuditRows, readAuditRows } from '../../helpers/audit';
import { createTestCore, DEMO_PASSWORD, signedIn } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';

const DEMO_PIN = '2468';

describe('proctor PINs', () => {
  it('a proctor sets their own PIN with their password; the new PIN unlocks an exam and the old one stops', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const admin = await signedIn(core, 'admin');
    // The demo admin shares the demo PIN; clear it so only the proctor's PIN is in play.
    await admin.ok('people.resetPin', { id: ids.people.admin });
    const proctor = await signedIn(core, 'proctor');
    expect(await proctor.ok('auth.pinStatus', {})).toEqual({ set: true, rule: PIN_RULE });

    const before = await readAuditRows(core.database.client);
    expect(await proctor.ok('auth.setPin', { password: DEMO_PASSWORD, pin: '583 920' })).toEqual({
      set: true,
      rule: PIN_RULE,
    });
    const rows = await newAuditRows(core.database.client, before);
    expect(rows.map((r) => [r.action, r.changes])).toEqual([
      ['person.change_pin', JSON.stringify({ pin: ['(hidden)', '(changed)'] })],
    ]);
    const row = (await core.database.client.get(
      'SELECT pin_hash FROM profiles WHERE id = ?',
      ids.people.proctor,
    )) as { pin_hash: string };
    const owner = {
      clientId: ids.clientId,
      column: 'profiles.pin_hash',
      rowId: ids.people.proctor,
    } as const;
    const stored = { pin_hash: openHash(owner, row.pin_hash) ?? '' };
    expect(stored.pin_hash).toMatch(/^scrypt\$/);
    expect(stored.pin_hash).not.toContain('583920');

    const student = await signedIn(core, 'student1');
    expect(await student.raw('exams.unlockQuit', { pin: DEMO_PIN })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'pin' },
    });
    expect(await student.ok('exams.unlockQuit', { pin: '583920' })).toEqual({ unlocked: true });
  });

  it.each([
    ['111111', /PIN is one digit repeated/],
    ['123456', /same step/],
    ['975319', /same step/],
    ['121212', /short group repeated/],
    ['123321', /PIN is the same backwards/],
    ['150390', /PIN is a date/],
    ['19900315', /PIN is a date/],
    ['199173', /PIN has a year at its start or end/],
    ['731999', /year/],
    ['12345', /at least 6 digits/],
    ['12ab56', /digits only/],
  ])('refuses %s, saying why and giving the rule', async (pin, why) => {
    const core = await createTestCore();
    const proctor = await signedIn(core, 'proctor');
    const result = await proctor.raw('auth.setPin', { password: DEMO_PASSWORD, pin });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'pin' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(why);
    expect(message).toContain(PIN_RULE);
  });

  it('an admin resets a proctor’s PIN: audited, it stops working at once, and the proctor sets a new one', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const admin = await signedIn(core, 'admin');
    const proctor = await signedIn(core, 'proctor');
    await proctor.ok('auth.setPin', { password: DEMO_PASSWORD, pin: '583920' });
    await admin.ok('people.resetPin', { id: ids.people.admin });

    const before = await readAuditRows(core.database.client);
    const person = await admin.ok('people.resetPin', { id: ids.people.proctor });
    expect(person.id).toBe(ids.people.proctor);
    const rows = await newAuditRows(core.database.client, before);
    expect(rows.map((r) => [r.action, r.resourceId, r.userId])).toEqual([
      ['person.reset_pin', ids.people.proctor, ids.people.admin],
    ]);
    expect(await proctor.ok('auth.pinStatus', {})).toMatchObject({ set: false });
    const student = await signedIn(core, 'student1');
    expect(await student.raw('exams.unlockQuit', { pin: '583920' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // Reset again: nothing to reset.
    expect(await admin.raw('people.resetPin', { id: ids.people.proctor })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await proctor.ok('auth.setPin', { password: DEMO_PASSWORD, pin: '640281' });
    expect(await student.ok('exams.unlockQuit', { pin: '640281' })).toEqual({ unlocked: true });
  });

  it('refuses to reset a PIN of someone who has none by role, and lets only admins reset', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const admin = await signedIn(core, 'admin');
    expect(await admin.raw('people.resetPin', { id: ids.people.student1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Sam Student is not a proctor or admin, so has no PIN' },
    });
    const proctor = await signedIn(core, 'proctor');
    expect(await proctor.raw('people.resetPin', { id: ids.people.admin })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
