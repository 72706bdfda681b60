import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { insertQuestion } from '@db/repositories/questions';
import {
  insertSealedMediaChunks,
  sealTestMedia,
  unsealTestMedia,
} from '@db/repositories/sealed-media';
import {
  mediaChunks,
  questions,
  questionVersions,
  sealedMediaChunks,
  tests,
} from '@db/schema/index';
import {
  sealQuestionContent,
  setTestSealing,
  unsealQuestionContent,
} from '@db/repositories/sealed-tests';
import { SealedTestLockedError } from '@db/sealing/test-content';
import { questionContentSchema } from '@shared/domain/questions';
import { applyTestSealing } from '@main/services/sealing/sealed-tests';
import { createSharedTestCore, type TestCore } from '../../helpers/core';
import { SECOND_TENANT_DEVICE } from '../../helpers/second-tenant';
import type { TenancyWorld } from './repository-cases';
import { B_PLAIN_MEDIA, sealedMediaValueCases, sealedTestValueCases } from './sealed-test-cases';
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
    sealedMedia: await w.db
      .select()
      .from(sealedMediaChunks)
      .where(eq(sealedMediaChunks.clientId, w.b.clientId)),
    clearMedia: await w.db.select().from(mediaChunks).where(eq(mediaChunks.clientId, w.b.clientId)),
  });

  beforeAll(async () => {
    core = await createSharedTestCore();
    w = await buildTenancyWorld(core);
    // What only B has here: a sealed test, and so a sealed question showing B's image...
    const image = ` <img src="media:${w.b.mediaHash}" alt="B" />`;
    await core.env.transaction(async ({ db }) => {
      await db
        .update(questions)
        .set({ questionText: sql`${questions.questionText} || ${image}` })
        .where(eq(questions.id, w.b.questionId));
      await db
        .update(questionVersions)
        .set({ questionText: sql`${questionVersions.questionText} || ${image}` })
        .where(eq(questionVersions.questionId, w.b.questionId));
      // ...and a plain question showing another file.
      await insertQuestion(
        db,
        w.b.admin,
        'b-plain-media-question',
        questionContentSchema.parse({
          type: 'true_false',
          format: 'html',
          text: `<p>Plain</p><img src="media:${B_PLAIN_MEDIA}" alt="B" />`,
          options: null,
          key: { value: true },
          marks: 1,
        }),
        { versionId: 'b-plain-media-version', nowIso: at, deviceId: SECOND_TENANT_DEVICE },
      );
    });
    await core.env.transaction(({ db }) => applyTestSealing(db, w.b.admin, w.b.testId, true, at));
  });

  it.each(sealedTestValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it.each(sealedMediaValueCases.map((c) => [c.fn, c.label, c] as const))(
    '%s (%s) gives A none of B’s, and gives B its own',
    async (_fn, _label, c) => {
      expect((await c.values(w, w.a)).filter((v) => c.isB(w, v))).toEqual([]);
      expect((await c.values(w, w.b.admin)).filter((v) => c.isB(w, v)).length).toBeGreaterThan(0);
    },
  );

  it('sealTestMedia and unsealTestMedia from A leave B’s sealed copy and clear chunks as they were; insertSealedMediaChunks from A has no key for B’s test', async () => {
    const before = await stateOfB();
    expect(before.sealedMedia.length).toBeGreaterThan(0);
    expect(before.clearMedia).toEqual([]);
    await core.env.transaction(async ({ db }) => {
      await sealTestMedia(db, w.a, w.b.testId);
      await unsealTestMedia(db, w.a, w.b.testId);
    });
    await expect(
      core.env.transaction(({ db }) =>
        insertSealedMediaChunks(db, w.a, w.b.testId, w.b.mediaHash, [
          { seq: 0, data: Buffer.from('not B’s') },
        ]),
      ),
    ).rejects.toBeInstanceOf(SealedTestLockedError);
    expect(await stateOfB()).toEqual(before);
  });

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
