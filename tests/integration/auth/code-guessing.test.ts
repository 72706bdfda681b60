import { afterEach, describe, expect, it } from 'vitest';
import { demoEmail, type TestClient } from '../../helpers/core';
import { demoTestId, setTestColumns } from '../../helpers/exam';
import { Computer, MINUTE, outcome } from './support/guess-cores';

let computer: Computer;
afterEach(async () => {
  await computer.close();
});

/** A proctored demo test on this computer, with a start code issued. */
async function proctoredTest(): Promise<{ testId: string; code: string; wrong: string[] }> {
  const student = await computer.signIn(demoEmail.student3);
  const testId = await demoTestId(student);
  await setTestColumns(computer.core, testId, { startCodeRequired: 1 });
  const proctor = await computer.signIn(demoEmail.proctor);
  const { code } = await proctor.ok('proctor.issueStartCode', { testId });
  const wrong = Array.from({ length: 40 }, (_, i) =>
    String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
  );
  return { testId, code, wrong };
}

const start = async (client: TestClient, testId: string, startCode: string) =>
  outcome(await client.raw('exams.start', { testId, startCode }));

describe('guessing a start code', () => {
  it('counts per computer and test, not per student: another student on the same computer finds it locked', async () => {
    computer = new Computer();
    await computer.open();
    const { testId, code, wrong } = await proctoredTest();
    const first = await computer.signIn(demoEmail.student1);
    for (const guess of wrong.slice(0, 4)) {
      expect(await start(first, testId, guess)).toBe(
        'VALIDATION: That code is not right; check it with your proctor',
      );
    }
    await first.ok('auth.signOut', {});
    const second = await computer.signIn(demoEmail.student2);
    expect(await start(second, testId, wrong[4]!)).toBe(
      'FORBIDDEN: That code is not right, and too many were wrong: try again in 60 seconds.',
    );
    expect(await start(second, testId, code)).toBe(
      'FORBIDDEN: Too many wrong codes. Try again in 60 seconds.',
    );
    const audit = (await computer.core.database.client.all(
      "SELECT action, resource_type, resource_id FROM audit_logs WHERE action LIKE 'guess.%' ORDER BY seq",
    )) as Array<{ action: string; resource_type: string; resource_id: string }>;
    expect(audit).toEqual([
      ...Array.from({ length: 4 }, () => ({
        action: 'guess.wrong',
        resource_type: 'test',
        resource_id: testId,
      })),
      { action: 'guess.lockout', resource_type: 'test', resource_id: testId },
    ]);
  });

  it('holds through a restart and a wall-clock jump, then lets the right code in', async () => {
    computer = new Computer();
    await computer.open();
    const { testId, code, wrong } = await proctoredTest();
    const student = await computer.signIn(demoEmail.student1);
    for (const guess of wrong.slice(0, 5)) await start(student, testId, guess);
    await computer.restart(30 * MINUTE);
    computer.clock.jumpWall(6 * 60 * MINUTE);
    const back = await computer.signIn(demoEmail.student1);
    expect(await start(back, testId, code)).toBe(
      'FORBIDDEN: Too many wrong codes. Try again in 60 seconds.',
    );
    computer.clock.advance(MINUTE);
    expect(await start(back, testId, code)).toBe('ok');
  });

  it('backs off to twice as long for the next lockout, up to 30 minutes', async () => {
    computer = new Computer();
    await computer.open();
    const { testId, wrong } = await proctoredTest();
    const student = await computer.signIn(demoEmail.student1);
    const waits: string[] = [];
    for (let lock = 0; lock < 7; lock += 1) {
      let last = '';
      for (const guess of wrong.slice(lock * 5, lock * 5 + 5))
        last = await start(student, testId, guess);
      waits.push(last.replace(/^.*try again in /, ''));
      const row = (await computer.core.database.client.get(
        "SELECT lockouts FROM guess_guards WHERE kind = 'start_code' AND target = ?",
        testId,
      )) as { lockouts: number };
      expect(row.lockouts).toBe(lock + 1);
      computer.clock.advance(Math.min(2 ** lock, 30) * MINUTE);
    }
    expect(waits).toEqual([
      '60 seconds.',
      '2 minutes.',
      '4 minutes.',
      '8 minutes.',
      '16 minutes.',
      '30 minutes.',
      '30 minutes.',
    ]);
  });
});

describe('guessing a resume code', () => {
  it('locks after five wrong codes for the attempt, records it on the attempt for the proctor, and holds across sign-ins', async () => {
    computer = new Computer();
    await computer.open();
    const { testId, code: startCode } = await proctoredTest();
    const student = await computer.signIn(demoEmail.student1);
    const session = await student.ok('exams.start', { testId, startCode });
    // The app crashes mid-exam: the proctored attempt needs a resume code to go on.
    await computer.core.database.close();
    computer.clock.restartMonotonic(10);
    await computer.open();
    const proctor = await computer.signIn(demoEmail.proctor);
    const { code } = await proctor.ok('proctor.issueResumeCode', { attemptId: session.attemptId });
    const wrong = Array.from({ length: 5 }, (_, i) =>
      String((Number(code) + 11 + i) % 1_000_000).padStart(6, '0'),
    );
    const resume = async (client: TestClient, resumeCode: string) =>
      outcome(await client.raw('exams.resume', { attemptId: session.attemptId, resumeCode }));
    let back = await computer.signIn(demoEmail.student1);
    for (const guess of wrong.slice(0, 3)) await resume(back, guess);
    await back.ok('auth.signOut', {});
    back = await computer.signIn(demoEmail.student1);
    await resume(back, wrong[3]!);
    expect(await resume(back, wrong[4]!)).toMatch(
      /^FORBIDDEN: That code is not right, and too many/,
    );
    expect(await resume(back, code)).toBe(
      'FORBIDDEN: Too many wrong codes. Try again in 60 seconds.',
    );

    const [row] = await proctor.ok('proctor.attempts', {});
    expect(row?.integrity.guess_lockout).toBe(1);
    const lockouts = await proctor.ok('proctor.lockouts', {});
    expect(lockouts).toEqual([
      expect.objectContaining({
        kind: 'resume_code',
        personName: 'Sam Student',
        testName: 'General Knowledge — Demo Exam',
        lockouts: 1,
      }),
    ]);
    computer.clock.advance(MINUTE);
    expect(await resume(back, code)).toBe('ok');
  });
});
