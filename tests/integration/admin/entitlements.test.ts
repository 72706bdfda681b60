import { describe, expect, it } from 'vitest';
import { devices } from '@db/schema/index';
import { requireWithinLimit } from '@main/services/billing/entitlements';
import { GRACE_PERIOD_DAYS } from '@shared/domain/entitlements';
import { createTestCore, signedIn } from '../../helpers/core';
import { choice, draftTest, setPlan } from './admin-fixtures';

const DAY = 24 * 60 * 60 * 1000;

describe('plan limits are enforced in the services', () => {
  it('max_students: creating a student is allowed below the limit and refused at it', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const students = (await admin.ok('people.list', { role: 'student' })).length;
    await setPlan(core, { max_students: students + 1 });
    const make = (n: number) =>
      admin.call('people.create', {
        name: `S${n}`,
        email: `s${n}@northfield.example`,
        role: 'student',
        password: 'longenough',
      });
    expect((await make(1)).ok).toBe(true);
    const refused = await make(2);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(
          new RegExp(`^max_students \\(${students + 1}\\) reached`),
        ) as unknown,
      },
    });
    // Staff do not count.
    const staff = await admin.call('people.create', {
      name: 'P',
      email: 'p2@northfield.example',
      role: 'proctor',
      password: 'longenough',
    });
    expect(staff.ok).toBe(true);
  });

  it('max_students: reactivating a student counts too', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const [first] = await admin.ok('people.list', { role: 'student' });
    await admin.ok('people.update', { id: first?.id ?? '', active: false });
    const students = (await admin.ok('people.list', { role: 'student' })).length;
    await setPlan(core, { max_students: students });
    const refused = await admin.call('people.update', { id: first?.id ?? '', active: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await setPlan(core, { max_students: students + 1 });
    expect((await admin.ok('people.update', { id: first?.id ?? '', active: true })).active).toBe(
      true,
    );
  });

  it('max_questions: create, duplicate, restore and import stop at the limit', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const { total } = await author.ok('questions.list', {});
    await setPlan(core, { max_questions: total + 1 });
    const q = await author.ok('questions.create', { content: choice('One more') });
    const refused = await author.call('questions.duplicate', { id: q.id });
    expect(!refused.ok && refused.error.message).toMatch(
      new RegExp(`^max_questions \\(${total + 1}\\) reached`),
    );
    await author.ok('questions.delete', { id: q.id });
    await author.ok('questions.create', { content: choice('Fills the gap') });
    expect(await author.call('questions.restore', { id: q.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const gift = Buffer.from('Q1 {T}\n\nQ2 {F}\n').toString('base64');
    const imported = await author.call('questions.import', {
      format: 'gift',
      fileName: 'a.gift',
      base64: gift,
    });
    expect(imported).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/adding 2 would make/) as unknown,
      },
    });
    expect((await author.ok('questions.list', {})).total).toBe(total + 1);
  });

  it('max_devices: enrolling is allowed below the limit and refused at it', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const org = await admin.ok('organisation.get', {});
    await setPlan(core, { max_devices: 1 });
    const tenant = { clientId: org.id };
    await expect(requireWithinLimit(core.env.db(), tenant, 'max_devices')).resolves.toBeUndefined();
    await core.env.db().insert(devices).values({ id: 'device-1', clientId: org.id, name: 'Lab 1' });
    await expect(requireWithinLimit(core.env.db(), tenant, 'max_devices')).rejects.toThrow(
      /^max_devices \(1\) reached/,
    );
    const billing = await admin.ok('billing.overview', {});
    expect(billing.usage.find((u) => u.key === 'max_devices')).toMatchObject({ used: 1, limit: 1 });
  });

  it('item_analysis: refused on a plan without it', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const test = await draftTest(author, 'IA', [{ content: choice('Q') }]);
    await setPlan(core, { item_analysis: false });
    const refused = await author.call('results.itemAnalysis', { testId: test.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/^item_analysis is not included/) as unknown,
      },
    });
    await setPlan(core, { item_analysis: true });
    expect((await author.call('results.itemAnalysis', { testId: test.id })).ok).toBe(true);
  });
});

describe('the grace period and read-only mode', () => {
  async function lapsed(daysAgo: number) {
    const core = await createTestCore();
    const end = new Date(core.clock.nowMs() - daysAgo * DAY).toISOString();
    await setPlan(core, { item_analysis: true }, { status: 'past_due', endDate: end });
    return core;
  }

  it(`keeps writing for ${GRACE_PERIOD_DAYS} days after the end date, and says so`, async () => {
    const core = await lapsed(GRACE_PERIOD_DAYS - 1);
    const author = await signedIn(core, 'author');
    expect((await author.call('questions.create', { content: choice('Still fine') })).ok).toBe(
      true,
    );
    const admin = await signedIn(core, 'admin');
    const billing = await admin.ok('billing.overview', {});
    expect(billing.access.state).toBe('grace');
    expect(billing.access.reason).toMatch(/1 more day/);
  });

  it('turns read-only once the grace period is over: reads work, writes are refused', async () => {
    const core = await lapsed(GRACE_PERIOD_DAYS);
    const author = await signedIn(core, 'author');
    expect((await author.call('questions.list', {})).ok).toBe(true);
    const refused = await author.call('questions.create', { content: choice('Too late') });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringMatching(/grace period is over/) as unknown,
      },
    });
    const session = await author.ok('auth.session', {});
    expect(session?.readOnly?.reason).toMatch(/Published exams can still be sat/);
    expect((await author.call('auth.signOut', {})).ok).toBe(true);
  });

  it('lets students see and sit already-published exams while read-only', async () => {
    const core = await lapsed(GRACE_PERIOD_DAYS + 30);
    const student = await signedIn(core, 'student1');
    const exams = await student.ok('exams.available', {});
    expect(exams.length).toBeGreaterThan(0);
    const { writeGuards } = core;
    const org = await student.ok('organisation.get', {});
    const tenant = { clientId: org.id, profileId: 'x', role: 'student' as const };
    const reasons = await Promise.all(writeGuards.map((g) => g(tenant, 'exams.available')));
    expect(reasons.every((r) => r === null)).toBe(true);
    const blocked = await Promise.all(writeGuards.map((g) => g(tenant, 'questions.create')));
    expect(blocked.some((r) => r !== null)).toBe(true);
  });

  it('is active again the moment a renewal arrives', async () => {
    const core = await lapsed(GRACE_PERIOD_DAYS + 1);
    const author = await signedIn(core, 'author');
    await setPlan(
      core,
      {},
      { status: 'active', endDate: new Date(core.clock.nowMs() + 30 * DAY).toISOString() },
    );
    expect((await author.call('questions.create', { content: choice('Renewed') })).ok).toBe(true);
  });
});

describe('an inactive organisation', () => {
  it('can sign in and read, and nothing else', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    await admin.ok('organisation.update', { active: false });
    const author = await signedIn(core, 'author');
    expect((await author.call('questions.list', {})).ok).toBe(true);
    expect(await author.call('questions.create', { content: choice('No') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/inactive/) as unknown },
    });
    expect(await admin.call('organisation.update', { name: 'Renamed' })).toMatchObject({
      ok: false,
    });
    expect((await author.call('auth.signOut', {})).ok).toBe(true);
    expect((await admin.ok('organisation.setActive', { active: true })).active).toBe(true);
    const again = await signedIn(core, 'author');
    expect((await again.call('questions.create', { content: choice('Yes') })).ok).toBe(true);
  });
});
