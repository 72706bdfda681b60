import { afterEach, describe, expect, it } from 'vitest';
import { demoEmail } from '../../helpers/core';
import { demoTestId } from '../../helpers/exam';
import { Computer, MINUTE, outcome } from './support/guess-cores';

const DEMO_PIN = '2468';
const wrongPin = (i: number) => String(100_000 + i * 7);

let computer: Computer;
afterEach(async () => {
  await computer.close();
});

async function guessPins(
  client: Awaited<ReturnType<Computer['signIn']>>,
  times: number,
  from = 0,
): Promise<string[]> {
  const results: string[] = [];
  for (let i = from; i < from + times; i += 1) {
    results.push(outcome(await client.raw('exams.unlockQuit', { pin: wrongPin(i) })));
  }
  return results;
}

const tryDemoPin = async (client: Awaited<ReturnType<Computer['signIn']>>) =>
  outcome(await client.raw('exams.unlockQuit', { pin: DEMO_PIN }));

describe('guessing the proctor PIN on a student’s computer', () => {
  it('counts wrong PINs per computer: signing out and in, as the same or another student, resets nothing', async () => {
    computer = new Computer();
    await computer.open();
    const first = await computer.signIn(demoEmail.student1);
    expect(await guessPins(first, 4)).toEqual(
      Array.from({ length: 4 }, () => 'VALIDATION: That PIN is not right'),
    );
    await first.ok('auth.signOut', {});
    const again = await computer.signIn(demoEmail.student1);
    expect(await guessPins(again, 1, 4)).toEqual([
      'FORBIDDEN: That PIN is not right, and too many were wrong: try again in 60 seconds.',
    ]);
    // The right PIN is refused too while the lock lasts, for anyone on this computer.
    const other = await computer.signIn(demoEmail.student2);
    expect(await tryDemoPin(other)).toBe(
      'FORBIDDEN: Too many wrong PINs. Try again in 60 seconds.',
    );
    await again.ok('auth.signOut', {});
    expect(await tryDemoPin(await computer.signIn(demoEmail.student1))).toMatch(/^FORBIDDEN/);

    computer.clock.advance(MINUTE - 1);
    expect(await tryDemoPin(other)).toMatch(/^FORBIDDEN/);
    computer.clock.advance(1);
    expect(await tryDemoPin(other)).toBe('ok');
  });

  it('keeps the lock across a restart, counting only the time the app ran', async () => {
    computer = new Computer();
    await computer.open();
    await guessPins(await computer.signIn(demoEmail.student1), 5);
    computer.clock.advance(20_000);
    // Ten minutes pass on the wall clock while the app is closed: they do not count.
    await computer.restart(10 * MINUTE);
    const student = await computer.signIn(demoEmail.student1);
    expect(await tryDemoPin(student)).toBe(
      'FORBIDDEN: Too many wrong PINs. Try again in 40 seconds.',
    );
    computer.clock.advance(40_000 - 1);
    expect(await tryDemoPin(student)).toMatch(/^FORBIDDEN/);
    computer.clock.advance(1);
    expect(await tryDemoPin(student)).toBe('ok');
  });

  it('after a crash, resumes the lock from the last wrong try (it lasts longer, never shorter)', async () => {
    computer = new Computer();
    await computer.open();
    await guessPins(await computer.signIn(demoEmail.student1), 5);
    computer.clock.advance(50_000);
    // The process dies: nothing is written on the way out.
    await computer.core.database.close();
    computer.clock.jumpWall(3 * MINUTE);
    computer.clock.restartMonotonic(77);
    await computer.open();
    const student = await computer.signIn(demoEmail.student1);
    expect(await tryDemoPin(student)).toBe(
      'FORBIDDEN: Too many wrong PINs. Try again in 60 seconds.',
    );
  });

  it('is not released by moving the wall clock, forward or back', async () => {
    computer = new Computer();
    await computer.open();
    const student = await computer.signIn(demoEmail.student1);
    await guessPins(student, 5);
    computer.clock.jumpWall(2 * 60 * MINUTE);
    expect(await tryDemoPin(student)).toBe(
      'FORBIDDEN: Too many wrong PINs. Try again in 60 seconds.',
    );
    computer.clock.jumpWall(-24 * 60 * MINUTE);
    expect(await tryDemoPin(student)).toBe(
      'FORBIDDEN: Too many wrong PINs. Try again in 60 seconds.',
    );
    computer.clock.advance(MINUTE);
    expect(await tryDemoPin(student)).toBe('ok');
  });

  it('backs off: each lockout in a row lasts twice the one before, up to an hour; the right PIN starts afresh', async () => {
    computer = new Computer();
    await computer.open();
    const student = await computer.signIn(demoEmail.student1);
    const minutes = [1, 2, 4, 8, 16, 32, 60, 60];
    let tried = 0;
    for (const lockMinutes of minutes) {
      const results = await guessPins(student, 5, tried);
      tried += 5;
      expect(results.at(-1)).toMatch(/^FORBIDDEN: That PIN is not right, and too many were wrong/);
      // Tries made while locked are refused without counting, so they never lengthen the lock.
      computer.clock.advance(lockMinutes * MINUTE - 1);
      const whileLocked = await guessPins(student, 3, 1_000 + tried);
      expect(whileLocked.every((r) => r.startsWith('FORBIDDEN: Too many wrong PINs'))).toBe(true);
      computer.clock.advance(1);
    }
    const audit = (await computer.core.database.client.all(
      "SELECT changes FROM audit_logs WHERE action = 'guess.lockout' ORDER BY seq",
    )) as Array<{ changes: string }>;
    expect(
      audit.map(
        (r) => (JSON.parse(r.changes) as { locked_for_ms: [null, number] }).locked_for_ms[1],
      ),
    ).toEqual(minutes.map((m) => m * MINUTE));

    expect(await tryDemoPin(student)).toBe('ok');
    const fresh = await guessPins(student, 5, 5_000);
    expect(fresh.at(-1)).toMatch(/try again in 60 seconds\.$/);
  });

  it('does not let guesses sent all at once past the five allowed', async () => {
    computer = new Computer();
    await computer.open();
    const student = await computer.signIn(demoEmail.student1);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => student.raw('exams.unlockQuit', { pin: wrongPin(i) })),
    );
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'VALIDATION')).toHaveLength(4);
    expect(codes.filter((c) => c === 'FORBIDDEN')).toHaveLength(16);
    const counted = (await computer.core.database.client.get(
      "SELECT count(*) AS n FROM audit_logs WHERE action IN ('guess.wrong', 'guess.lockout')",
    )) as { n: number };
    expect(counted.n).toBe(5);
  });

  it('records each lockout as an integrity event of the running exam, for the proctor', async () => {
    computer = new Computer();
    await computer.open();
    const student = await computer.signIn(demoEmail.student1);
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    await guessPins(student, 5);
    const proctor = await computer.signIn(demoEmail.proctor);
    const [row] = await proctor.ok('proctor.attempts', {});
    expect(row).toMatchObject({ attemptId: session.attemptId });
    expect(row?.integrity.guess_lockout).toBe(1);
    const lockouts = await proctor.ok('proctor.lockouts', {});
    expect(lockouts).toEqual([
      expect.objectContaining({ kind: 'pin', lockouts: 1, onThisDevice: true }),
    ]);
  });
});
