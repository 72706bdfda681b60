import { z } from 'zod';
import demoData from '../../resources/demo/demo-organisation.json';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { DEMO_SEED_ACTION } from '@db/repositories/demo-organisation';
import {
  hasAnyOrganisation as anyOrganisation,
  insertOrganisation,
} from '@db/repositories/organisations';
import { insertPerson } from '@db/repositories/profiles';
import { insertMedia, insertMediaChunks } from '@db/repositories/media';
import { insertQuestion } from '@db/repositories/questions';
import { prepareMedia } from '../services/media/media-file';
import { insertPlan, insertSubscription } from '@db/repositories/subscriptions';
import { insertTest, replaceTestQuestions, updateTestRow } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { questionContentSchema } from '@shared/domain/questions';
import { roleSchema } from '@shared/domain/roles';
import { planFeaturesSchema, subscriptionStatusSchema } from '@shared/domain/subscriptions';
import { testSettingsSchema, testStatusSchema } from '@shared/domain/tests';
import { newSealedHash } from '../services/auth/sealed-hashes';
import { makeContentKey } from '@db/sealing/content-keys';
import type { ServiceEnv } from '../services/service-env';

const demoSchema = z.object({
  organisation: z.object({ name: z.string(), address: z.string() }),
  plans: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      description: z.string(),
      monthlyPrice: z.number(),
      features: planFeaturesSchema,
    }),
  ),
  subscription: z.object({
    plan: z.string(),
    status: subscriptionStatusSchema,
    months: z.number().int(),
  }),
  password: z.string().min(8),
  proctorPin: z.string().regex(/^\d{4,8}$/),
  people: z.array(z.object({ name: z.string(), email: z.string(), role: roleSchema })),
  /** Files the questions show, as SVG text or base64; a question names one as `{{media:NAME}}`. */
  media: z
    .array(
      z.union([
        z.object({ name: z.string(), text: z.string() }),
        z.object({ name: z.string(), base64: z.string() }),
      ]),
    )
    .default([]),
  questions: z.array(z.looseObject({ ref: z.string() })),
  tests: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      status: testStatusSchema,
      settings: z.record(z.string(), z.unknown()),
      questions: z.array(
        z.object({ ref: z.string(), marks: z.number(), groupId: z.string().optional() }),
      ),
    }),
  ),
});

/** The question with each `{{media:NAME}}` replaced by the stored file's `media:` reference. */
function withMediaSources(raw: unknown, sources: ReadonlyMap<string, string>): unknown {
  const json = JSON.stringify(raw).replace(/\{\{media:([^}]+)\}\}/g, (_m, name: string) => {
    const src = sources.get(name);
    if (!src) throw new Error(`The demo data names an unknown media file "${name}"`);
    return src;
  });
  return JSON.parse(json) as unknown;
}

/** The demo logins, for the login screen's hint on the demo organisation. */
export const demoPeople = demoSchema.parse(demoData).people;
export const demoPassword = demoSchema.parse(demoData).password;
export const demoOrganisationName = demoSchema.parse(demoData).organisation.name;

export function hasAnyOrganisation(env: Pick<ServiceEnv, 'db'>): Promise<boolean> {
  return anyOrganisation(env.db());
}

/**
 * Seeds the demo organisation: plans, a subscription, one person per role plus
 * three students, a mixed question bank and a published test. One transaction,
 * one audit row.
 */
export async function seedDemoOrganisation(env: ServiceEnv): Promise<{ clientId: string }> {
  const data = demoSchema.parse(demoData);
  const nowIso = nowIsoOf(env);
  const clientId = env.ids();
  // The organisation's content key is made with it; every hash is sealed under it.
  makeContentKey(clientId);
  const people = await Promise.all(
    data.people.map(async (p) => {
      const id = env.ids();
      const person = { clientId, rowId: id };
      return {
        ...p,
        id,
        passwordHash: await newSealedHash(
          { ...person, column: 'profiles.password_hash' },
          data.password,
          env.scrypt,
        ).then((stored) => {
          env.seededDemoHashes?.remember(stored);
          return stored;
        }),
        pinHash:
          p.role === 'proctor' || p.role === 'admin'
            ? await newSealedHash(
                { ...person, column: 'profiles.pin_hash' },
                data.proctorPin,
                env.scrypt,
              )
            : null,
      };
    }),
  );
  const admin = people.find((p) => p.role === 'admin');
  const author = people.find((p) => p.role === 'author') ?? admin;
  if (!admin || !author) throw new Error('The demo data needs an admin and an author');

  await mutate(env, { clientId, profileId: null }, async (tx) => {
    await insertOrganisation(tx, {
      id: clientId,
      name: data.organisation.name,
      address: data.organisation.address,
      nowIso,
    });
    const planIds = new Map<string, string>();
    for (const plan of data.plans) {
      const id = env.ids();
      planIds.set(plan.key, id);
      await insertPlan(tx, {
        id,
        name: plan.name,
        description: plan.description,
        monthlyPrice: plan.monthlyPrice,
        features: plan.features,
        nowIso,
      });
    }
    const end = new Date(env.clock.nowMs());
    end.setUTCMonth(end.getUTCMonth() + data.subscription.months);
    await insertSubscription(
      tx,
      { clientId },
      {
        id: env.ids(),
        planId: planIds.get(data.subscription.plan) ?? '',
        status: data.subscription.status,
        startDate: nowIso,
        endDate: end.toISOString(),
        nowIso,
      },
    );
    for (const p of people) {
      await insertPerson(
        tx,
        { clientId },
        {
          id: p.id,
          name: p.name,
          email: p.email,
          role: p.role,
          passwordHash: p.passwordHash,
          pinHash: p.pinHash,
          nowIso,
        },
      );
    }
    const authorTenant: TenantContext = { clientId, profileId: author.id, role: 'author' };
    const sources = new Map<string, string>();
    for (const m of data.media) {
      const file = prepareMedia(
        m.name,
        'text' in m ? Buffer.from(m.text, 'utf8') : Buffer.from(m.base64, 'base64'),
      );
      await insertMediaChunks(tx, authorTenant, file.sha256, file.chunks);
      await insertMedia(tx, authorTenant, {
        sha256: file.sha256,
        mime: file.type.mime,
        size: file.bytes.length,
        chunkCount: file.chunks.length,
        nowIso,
      });
      sources.set(m.name, `media:${file.sha256}`);
    }
    const questionIds = new Map<string, { id: string; versionId: string }>();
    for (const raw of data.questions) {
      const content = questionContentSchema.parse(withMediaSources(raw, sources));
      const versionId = env.ids();
      const q = await insertQuestion(tx, authorTenant, env.ids(), content, {
        versionId,
        nowIso,
        deviceId: env.deviceId,
      });
      questionIds.set(raw.ref, { id: q.id, versionId });
    }
    for (const t of data.tests) {
      const settings = testSettingsSchema.parse({
        name: t.name,
        description: t.description,
        ...t.settings,
      });
      const test = await insertTest(tx, authorTenant, env.ids(), settings, nowIso);
      const published = t.status !== 'draft';
      await replaceTestQuestions(
        tx,
        authorTenant,
        test.id,
        t.questions.map((q) => {
          const ids = questionIds.get(q.ref);
          if (!ids)
            throw new Error(`The demo test "${t.name}" names an unknown question "${q.ref}"`);
          // Publishing pins the version each question is sat and graded on.
          return {
            questionId: ids.id,
            marks: q.marks,
            questionVersionId: published ? ids.versionId : null,
            groupId: q.groupId ?? null,
          };
        }),
        env.ids,
        nowIso,
      );
      if (published)
        await updateTestRow(
          tx,
          authorTenant,
          test.id,
          { status: t.status, publishedAt: nowIso },
          nowIso,
        );
    }
    return {
      value: null,
      audit: {
        action: DEMO_SEED_ACTION,
        resourceType: 'client',
        resourceId: clientId,
        changes: {
          people: people.length,
          questions: data.questions.length,
          media: data.media.length,
          tests: data.tests.length,
        },
      },
    };
  });
  return { clientId };
}
