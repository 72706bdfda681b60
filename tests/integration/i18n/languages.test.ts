import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { readAuditRows } from '../../helpers/audit';

describe('interface languages', () => {
  it('lets an admin choose the organisation’s language, which every session then carries', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const student = await signedIn(core, 'student1');
    expect((await student.ok('auth.session', {}))?.organisation.language).toBe('en');

    const after = await admin.ok('organisation.update', { language: 'fr' });
    expect(after.language).toBe('fr');
    expect((await student.ok('auth.session', {}))?.organisation.language).toBe('fr');
    const audit = (await readAuditRows(core.database.client)).filter(
      (r) => r.action === 'organisation.update',
    );
    expect(audit.at(-1)?.changes).toContain('"language"');
  });

  it('refuses a language it does not have, naming the field, and a student setting it', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const refused = await admin.raw('organisation.update', { language: 'de' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'language' },
    });
    expect(!refused.ok && refused.error.message).toMatch(/en, fr or ar/u);
    const student = await signedIn(core, 'student1');
    expect(await student.call('organisation.update', { language: 'ar' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await admin.ok('organisation.get', {})).language).toBe('en');
  });

  it('keeps a student’s own language with their display settings until they clear it', async () => {
    const core = await createTestCore();
    const student = await signedIn(core, 'student1');
    const standard = await student.ok('display.settings', {});
    expect(standard.language).toBeUndefined();

    const chosen = await student.ok('display.update', { ...standard, language: 'ar' });
    expect(chosen).toEqual({ ...standard, language: 'ar' });
    // A change of another setting that does not name the language keeps it.
    const { language: _kept, ...visual } = chosen;
    expect(await student.ok('display.update', { ...visual, theme: 'dark' })).toEqual({
      ...standard,
      theme: 'dark',
      language: 'ar',
    });
    // Another student's settings are their own.
    const other = await signedIn(core, 'student2');
    expect((await other.ok('display.settings', {})).language).toBeUndefined();

    expect(
      await student.ok('display.update', { ...chosen, theme: 'dark', language: null }),
    ).toEqual({
      ...standard,
      theme: 'dark',
    });
    const refused = await student.raw('display.update', { ...standard, language: 'xx' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'language' } });
  });
});
