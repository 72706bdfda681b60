import { beforeAll, describe, expect, it } from 'vitest';
import { insertAccommodation } from '@db/repositories/accommodations';
import { closeOpenBreaks, openBreakOf } from '@db/repositories/attempt-breaks';
import { getDisplaySettings, saveDisplaySettings } from '@db/repositories/display-settings';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import { accommodationValueCases } from './accommodation-repository-cases';
import type { TenancyWorld } from './repository-cases';
import { buildTenancyWorld } from './tenancy-world';

describe('accommodations, breaks and display settings keep organisations apart', () => {
  let core: TestCore;
  let w: TenancyWorld;
  const at = '2026-06-02T09:00:00.000Z';

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
    // An ended break of B's, so the sum of ended break time has something of B's to leave out.
    await core.database.client.run(
      `INSERT INTO attempt_breaks (id, client_id, attempt_id, status, used_ms, updated_at)
       VALUES ('0190e6a0-0000-7000-8000-0000000f0001', ?, ?, 'ended', 90000, ?)`,
      w.b.clientId,
      w.b.attemptId,
      at,
    );
  });

  it.each(accommodationValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it('saveDisplaySettings never writes over a person of another organisation', async () => {
    const before: unknown = await core.database.client.get(
      'SELECT * FROM display_settings WHERE profile_id = ?',
      w.b.studentId,
    );
    await saveDisplaySettings(
      w.db,
      { ...w.a, profileId: w.b.studentId },
      { textSize: 'standard', lineSpacing: 'standard', contrast: 'standard', theme: 'light' },
      at,
    );
    expect(
      await core.database.client.get(
        'SELECT * FROM display_settings WHERE profile_id = ?',
        w.b.studentId,
      ),
    ).toEqual(before);
    // Its own person's row is written, under its own organisation.
    const own = { ...w.a, profileId: w.fx.people.student2, role: 'student' as const };
    await saveDisplaySettings(
      w.db,
      own,
      { textSize: 'large', lineSpacing: 'wide', contrast: 'standard', theme: 'dark' },
      at,
    );
    expect(await getDisplaySettings(w.db, own)).toEqual({
      textSize: 'large',
      lineSpacing: 'wide',
      contrast: 'standard',
      theme: 'dark',
    });
    expect(
      await core.database.client.get(
        'SELECT client_id FROM display_settings WHERE profile_id = ?',
        w.fx.people.student2,
      ),
    ).toEqual({ client_id: w.fx.clientId });
  });

  it('closeOpenBreaks from A leaves B’s running break running; from B it ends it', async () => {
    await closeOpenBreaks(w.db, w.a, w.b.attemptId, { totalUsedMs: 120_000, nowIso: at });
    expect((await openBreakOf(w.db, w.b.admin, w.b.attemptId))?.status).toBe('running');
    await closeOpenBreaks(w.db, w.b.admin, w.b.attemptId, { totalUsedMs: 120_000, nowIso: at });
    expect(await openBreakOf(w.db, w.b.admin, w.b.attemptId)).toBeNull();
    // The running break took what the ended one had not: 120 s in all, 90 s of it before.
    expect(
      await core.database.client.get(
        'SELECT status, used_ms, ended_by FROM attempt_breaks WHERE id = ?',
        w.b.breakId,
      ),
    ).toEqual({ status: 'ended', used_ms: 30_000, ended_by: 'attempt_end' });
  });

  it('insertAccommodation files the row under the caller', async () => {
    const id = '0190e6a0-0000-7000-8000-0000000f0002';
    await insertAccommodation(w.db, w.a, {
      id,
      studentId: w.fx.people.student3,
      testId: null,
      timeMultiplier: 1.25,
      extraMinutes: null,
      availableFrom: null,
      availableUntil: null,
      extraAttempts: null,
      restBreakMinutes: null,
      note: null,
      nowIso: at,
    });
    expect(
      await core.database.client.get('SELECT client_id FROM accommodations WHERE id = ?', id),
    ).toEqual({ client_id: w.fx.clientId });
  });
});
