import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';

async function coreWithActivity() {
  const core = await createTestCore();
  const admin = await signedIn(core, 'admin'); // audited at 09:00:00.000Z
  core.clock.advance(500);
  await admin.ok('organisation.update', { address: 'at 09:00:00.500' });
  // The admin keeps using the app through the hour (staff sessions end after 30 idle minutes).
  for (let minute = 20; minute < 60; minute += 20) {
    core.clock.advance(20 * 60 * 1000 - (minute === 20 ? 500 : 0));
    await admin.ok('auth.keepAlive', {});
  }
  core.clock.advance(20 * 60 * 1000);
  await admin.ok('organisation.update', { address: 'at 10:00' });
  return admin;
}

describe('audit.list time window', () => {
  it('reads a window given with a UTC offset as the same instants', async () => {
    const admin = await coreWithActivity();
    const all = await admin.ok('audit.list', {});
    const nine = all.filter((e) => e.createdAt?.startsWith('2026-06-01T09:')).map((e) => e.id);
    const ten = all.filter((e) => e.createdAt?.startsWith('2026-06-01T10:')).map((e) => e.id);
    expect(nine.length).toBeGreaterThan(0);
    expect(ten).toHaveLength(1);

    const fromNine = await admin.ok('audit.list', { from: '2026-06-01T11:00:00+02:00' });
    expect(fromNine.map((e) => e.id).sort()).toEqual([...nine, ...ten].sort());
    const untilHalfPast = await admin.ok('audit.list', {
      from: '2026-06-01T10:59:00+02:00',
      to: '2026-06-01T11:30:00+02:00',
    });
    expect(untilHalfPast.map((e) => e.id).sort()).toEqual([...nine].sort());
  });

  it('treats the ends of the window as instants, whatever their precision', async () => {
    const admin = await coreWithActivity();
    const atNine = await admin.ok('audit.list', {
      from: '2026-06-01T09:00:00Z',
      to: '2026-06-01T09:00:00Z',
    });
    expect(atNine.length).toBeGreaterThan(0);
    expect(atNine.every((e) => e.createdAt === '2026-06-01T09:00:00.000Z')).toBe(true);
  });
});
