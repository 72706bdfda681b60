import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';

/** A 1x1 transparent PNG. */
const DATA_LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('the organisation’s logo', () => {
  it('is taken as an image file, and refused as a web address in words that say why', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    expect(
      await admin.call('organisation.update', { logoUrl: 'https://cdn.example/logo.png' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Logo URL must be an image file (PNG, JPEG, SVG or WebP); the app does not load logos from the web',
        field: 'logoUrl',
      },
    });
    expect(
      await admin.call('organisation.update', { logoUrl: 'data:text/html;base64,PHNjcmlwdD4=' }),
    ).toMatchObject({ ok: false, error: { field: 'logoUrl' } });
    expect((await admin.ok('organisation.update', { logoUrl: DATA_LOGO })).logoUrl).toBe(DATA_LOGO);
    expect((await admin.ok('auth.session', {}))?.organisation.logoUrl).toBe(DATA_LOGO);
  });

  it('saved as a web address by an older version is kept but never given to a screen to load', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const remote = 'https://cdn.example/logo.png';
    await core.database.client.run('UPDATE clients SET logo_url = ?', remote);
    // Every session's header reads it here: no logo, so no request to the web.
    expect((await admin.ok('auth.session', {}))?.organisation.logoUrl).toBeNull();
    const student = await signedIn(core, 'student1');
    expect((await student.ok('auth.session', {}))?.organisation.logoUrl).toBeNull();
    // The Organisation screen sees what is stored, to ask for the file instead.
    expect((await admin.ok('organisation.get', {})).logoUrl).toBe(remote);
    // Other details can still be saved without touching it.
    expect((await admin.ok('organisation.update', { name: 'Northfield Academy' })).logoUrl).toBe(
      remote,
    );
  });
});
