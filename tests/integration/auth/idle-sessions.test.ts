import { describe, expect, it } from 'vitest';
import { IDLE_SIGN_OUT_MESSAGE, STAFF_IDLE_TIMEOUT_MS } from '@shared/auth/session-idle';
import { createTestCore, signedIn } from '../../helpers/core';
import { demoTestId } from '../../helpers/exam';

describe('idle sessions', () => {
  it('ends a staff session after the idle period; reading screens that refresh does not count as activity', async () => {
    const core = await createTestCore();
    const proctor = await signedIn(core, 'proctor');
    const ended: Array<{ reason: string; target: string | null }> = [];
    core.events.subscribe((name, payload, target) => {
      if (name === 'session.ended')
        ended.push({ reason: (payload as { reason: string }).reason, target });
    });
    core.clock.advance(STAFF_IDLE_TIMEOUT_MS - 1);
    expect((await proctor.call('proctor.attempts', {})).ok).toBe(true);
    core.clock.advance(1);
    expect(await proctor.raw('proctor.attempts', {})).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: IDLE_SIGN_OUT_MESSAGE,
        messageId: 'api.idleSignOut',
        params: { minutes: 30 },
      },
    });
    expect(ended).toEqual([{ reason: IDLE_SIGN_OUT_MESSAGE, target: proctor.key }]);
    expect(core.sessions.get(proctor.key)).toBeUndefined();
    // Signing in again works at once.
    await proctor.ok('auth.signIn', { email: 'proctor@northfield.example', password: 'demo1234' });
    expect((await proctor.call('proctor.attempts', {})).ok).toBe(true);
  });

  it('keeps a staff session that is used: a key press or click the window reports, or a change', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    core.clock.advance(STAFF_IDLE_TIMEOUT_MS - 1_000);
    await admin.ok('auth.keepAlive', {});
    core.clock.advance(STAFF_IDLE_TIMEOUT_MS - 1_000);
    await admin.ok('organisation.update', { address: 'Still here' });
    core.clock.advance(STAFF_IDLE_TIMEOUT_MS - 1_000);
    expect((await admin.call('organisation.get', {})).ok).toBe(true);
  });

  it('answers auth.session with no session once idle, so a reload shows the sign-in screen', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    core.clock.advance(STAFF_IDLE_TIMEOUT_MS);
    expect(await author.ok('auth.session', {})).toBeNull();
  });

  it('never ends a student’s session, however long they sit on a question', async () => {
    const core = await createTestCore();
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    core.clock.advance(10 * STAFF_IDLE_TIMEOUT_MS);
    expect(await student.ok('exams.resume', { attemptId: session.attemptId })).toMatchObject({
      attemptId: session.attemptId,
    });
  });

  it('after a whole day without a touch, a student’s exam session goes on while a proctor’s ended', async () => {
    const core = await createTestCore();
    const proctor = await signedIn(core, 'proctor');
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    core.clock.advance(24 * 60 * 60_000);
    expect(core.sessions.idle(student.key)).toBe(false);
    expect(core.sessions.idle(proctor.key)).toBe(true);
    expect((await student.ok('auth.session', {}))?.person.role).toBe('student');
    expect(await student.ok('exams.resume', { attemptId: session.attemptId })).toMatchObject({
      attemptId: session.attemptId,
    });
    expect(await proctor.raw('proctor.attempts', {})).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: IDLE_SIGN_OUT_MESSAGE,
        messageId: 'api.idleSignOut',
        params: { minutes: 30 },
      },
    });
  });
});
