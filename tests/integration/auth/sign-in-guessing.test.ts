import { afterEach, describe, expect, it } from 'vitest';
import { clientOf, DEMO_PASSWORD, demoEmail } from '../../helpers/core';
import { Computer, MINUTE, outcome } from './support/guess-cores';

const computers: Computer[] = [];
afterEach(async () => {
  while (computers.length > 0) await computers.pop()?.close();
});

async function computerOpen(): Promise<Computer> {
  const computer = new Computer();
  computers.push(computer);
  await computer.open();
  return computer;
}

const signIn = async (computer: Computer, email: string, password: string) =>
  outcome(await clientOf(computer.core).raw('auth.signIn', { email, password }));

async function failFive(computer: Computer, email: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 5; i += 1) last = await signIn(computer, email, `wrong-${i}`);
  return last;
}

describe('guessing a password', () => {
  it('locks per computer: the same person signs in on another computer, even once the lock record has synced there', async () => {
    const lab = await computerOpen();
    const office = await computerOpen();
    expect(await failFive(lab, demoEmail.admin)).toMatch(
      /^UNAUTHENTICATED: Too many wrong passwords/,
    );
    expect(await signIn(lab, demoEmail.admin, DEMO_PASSWORD)).toMatch(/^UNAUTHENTICATED: Too many/);
    // The person's record (what the lab computer decided) arrives on the office computer by sync.
    const record = (await lab.core.database.client.get(
      'SELECT failed_login_count, locked_until FROM profiles WHERE email = ?',
      demoEmail.admin,
    )) as { failed_login_count: number; locked_until: string };
    expect(record.locked_until).not.toBeNull();
    await office.core.database.client.run(
      'UPDATE profiles SET failed_login_count = ?, locked_until = ? WHERE email = ?',
      record.failed_login_count,
      record.locked_until,
      demoEmail.admin,
    );
    expect(await signIn(office, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');
  });

  it('holds through sign-outs, a restart and a wall-clock jump, counting only the time the app ran', async () => {
    const lab = await computerOpen();
    await failFive(lab, demoEmail.author);
    lab.clock.advance(5 * MINUTE);
    await lab.restart(2 * 60 * MINUTE);
    lab.clock.jumpWall(24 * 60 * MINUTE);
    expect(await signIn(lab, demoEmail.author, DEMO_PASSWORD)).toMatch(
      /^UNAUTHENTICATED: Too many/,
    );
    lab.clock.advance(10 * MINUTE - 1);
    expect(await signIn(lab, demoEmail.author, DEMO_PASSWORD)).toMatch(
      /^UNAUTHENTICATED: Too many/,
    );
    lab.clock.advance(1);
    expect(await signIn(lab, demoEmail.author, DEMO_PASSWORD)).toBe('ok');
  });

  it('cannot lock an admin out for good: the back-off stops at an hour, and a right password starts afresh', async () => {
    const lab = await computerOpen();
    const expected = [15, 30, 60, 60, 60];
    for (const minutes of expected) {
      await failFive(lab, demoEmail.admin);
      lab.clock.advance(minutes * MINUTE - 1);
      expect(await signIn(lab, demoEmail.admin, DEMO_PASSWORD)).toMatch(
        /^UNAUTHENTICATED: Too many/,
      );
      lab.clock.advance(1);
    }
    const locks = (await lab.core.database.client.all(
      "SELECT changes FROM audit_logs WHERE action = 'auth.locked' ORDER BY seq",
    )) as Array<{ changes: string }>;
    expect(locks).toHaveLength(expected.length);
    expect(await signIn(lab, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');
    // Afresh: the next lock is the first one again.
    await failFive(lab, demoEmail.admin);
    lab.clock.advance(15 * MINUTE);
    expect(await signIn(lab, demoEmail.admin, DEMO_PASSWORD)).toBe('ok');
  });

  it('a wrong password given to change a PIN counts towards the same lockout', async () => {
    const lab = await computerOpen();
    const proctor = await lab.signIn(demoEmail.proctor);
    for (let i = 0; i < 4; i += 1) {
      expect(
        outcome(await proctor.raw('auth.setPin', { password: `nope-${i}`, pin: '583920' })),
      ).toBe('VALIDATION: That is not your password');
    }
    expect(await signIn(lab, demoEmail.proctor, 'one-more-wrong')).toMatch(
      /^UNAUTHENTICATED: Too many wrong passwords. Sign-in is locked until/,
    );
    expect(
      outcome(await proctor.raw('auth.setPin', { password: DEMO_PASSWORD, pin: '583920' })),
    ).toBe('FORBIDDEN: Too many wrong passwords. Try again in 15 minutes.');
  });
});
