import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { questions, tests } from '@db/schema/index';
import {
  sealQuestionContent,
  setTestSealing,
  unsealQuestionContent,
} from '@db/repositories/sealed-tests';
import { applyTestSealing } from '@main/services/sealing/sealed-tests';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import type { TenancyWorld } from './repository-cases';
import { sealedTestValueCases } from './sealed-test-cases';
import { buildTenancyWorld } from './tenancy-world';

describe('sealed tests keep organisations apart', () => {
  let core: TestCore;
  let w: TenancyWorld;
  const at = '2026-06-01T09:00:00.000Z';

  /** What B's test and question hold, to compare after A's writes. */
  const stateOfB = async () => ({
    test: await w.db
      .select({ sealed: tests.sealed, wraps: tests.sealedKeyWraps })
      .from(tests)
      .where(eq(tests.id, w.b.testId)),
    question: await w.db
      .select({ text: questions.questionText, options: questions.options })
      .from(questions)
      .where(eq(questions.id, w.b.questionId)),
  });

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
    // What only B has here: a sealed test, and so a sealed question.
    await core.env.transaction(({ db }) => applyTestSealing(db, w.b.admin, w.b.testId, true, at));
  });

  it.each(sealedTestValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it('setTestSealing, sealQuestionContent and unsealQuestionContent from A leave B’s test and question as they were', async () => {
    const before = await stateOfB();
    expect(before.question[0]?.text.startsWith(`sq1:${w.b.testId}:`)).toBe(true);
    await core.env.transaction(async ({ db }) => {
      await setTestSealing(db, w.a, w.b.testId, { sealed: false, wraps: null }, at);
      await unsealQuestionContent(db, w.a, w.b.testId);
      await sealQuestionContent(db, w.a, w.b.testId, [w.b.questionId]);
    });
    expect(await stateOfB()).toEqual(before);
  });
});
