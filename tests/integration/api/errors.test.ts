import { describe, expect, it, vi } from 'vitest';
import { ApiRouter, type Caller } from '@main/api/router';
import { SessionStore } from '@main/api/sessions';
import { createTestCore, signedIn } from '../../helpers/core';

const caller: Caller = { sessionKey: 'tab-1', transport: 'test', ipAddress: null };

/** Text that must never reach the renderer: SQL, driver errors, file paths and stack frames. */
const leaks =
  /select|insert|sqlite|no such table|syntax|\bat\s+\S+\s+\(|\/work\/|node_modules|\.ts:\d+/i;

describe('errors', () => {
  it.each(['no.such.method', '__proto__', 'constructor', 'toString', ''])(
    'an unknown method (%j) answers NOT_FOUND',
    async (method) => {
      const core = await createTestCore();
      const admin = await signedIn(core, 'admin');
      const result = await admin.raw(method, {});
      expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
    },
  );

  it('an exception inside a handler answers INTERNAL without its text, and is logged', async () => {
    const logError = vi.fn();
    const router = new ApiRouter({
      sessions: new SessionStore(),
      revalidate: () => Promise.resolve(null),
      writeGuard: () => Promise.resolve(null),
      logError,
    });
    const failure = new Error('SQLITE_ERROR: near "SELECT * FROM profiles": syntax error');
    router.handle('app.info', () => Promise.reject(failure));
    const result = await router.dispatch('app.info', {}, caller);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.field).toBeUndefined();
    expect(result.error.message).not.toMatch(leaks);
    expect(logError).toHaveBeenCalledWith('app.info', failure);
    // The pattern does catch what was hidden.
    expect(`${failure.message} ${failure.stack ?? ''}`).toMatch(leaks);
  });

  it('a database failure under a real service answers INTERNAL without SQL or stack text', async () => {
    const logError = vi.fn();
    const core = await createTestCore({ logError });
    const author = await signedIn(core, 'author');
    await core.database.client.exec('ALTER TABLE tests RENAME TO tests_moved');
    const result = await author.raw('tests.list', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toMatch(leaks);
    expect(JSON.stringify(result)).not.toMatch(leaks);
    expect(logError).toHaveBeenCalledTimes(1);
    // What was hidden is the driver's error, which the pattern does catch.
    expect(String(logError.mock.calls[0]?.[1])).toMatch(leaks);
  });
});
