import type { Db } from '@db/client';
import type { DataEnv } from '@db/env';
import {
  otherTestsListing,
  questionIdsOfTest,
  sealedByOtherTest,
  sealedTestsHere,
  sealQuestionContent,
  setTestSealing,
  testSealingOf,
  unsealQuestionContent,
} from '@db/repositories/sealed-tests';
import { sealTestMedia, unsealTestMedia } from '@db/repositories/sealed-media';
import { hasContentKey } from '@db/sealing/content-keys';
import { newTestKey, useTestKey } from '@db/sealing/test-content';
import {
  readTestKeyWraps,
  unwrapTestKey,
  wrapTestKey,
  type TestKeyWraps,
} from '@db/sealing/test-key-wrap';
import type { TenantContext } from '@db/tenant';
import { invalid } from '@shared/api/result';

/**
 * The staff side of sealed tests: sealing a test's questions under a key of
 * its own, keeping that key wrapped in the test row, and holding the keys of
 * the sealed tests in the local file in main (never in the renderer).
 */

/** Opens the key of every sealed test here whose organisation key this computer holds, for main's reads. */
export async function holdSealedTestKeys(env: Pick<DataEnv, 'db'>): Promise<number> {
  let held = 0;
  for (const test of await sealedTestsHere(env.db())) {
    if (!hasContentKey(test.clientId)) continue;
    const wraps = readTestKeyWraps(test.wraps);
    const place = { tenant: test.clientId, testId: test.id };
    const key = wraps === null ? null : unwrapTestKey(wraps.content, place, 'content');
    if (!key) continue;
    useTestKey(test.clientId, test.id, key);
    key.fill(0);
    held += 1;
  }
  return held;
}

/** Refuses questions a sealed test cannot take, or that belong to another sealed test. */
export async function checkQuestionsForTest(
  tx: Db,
  tenant: TenantContext,
  testId: string,
  questionIds: readonly string[],
  testSealed: boolean,
): Promise<void> {
  const sealedElsewhere = await sealedByOtherTest(tx, tenant, testId, questionIds);
  if (sealedElsewhere.length > 0) {
    throw invalid('questions', 'sealed.elsewhere', { count: sealedElsewhere.length });
  }
  if (!testSealed) return;
  const others = await otherTestsListing(tx, tenant, testId, questionIds);
  if (others.length > 0) throw invalid('sealed', 'sealed.alsoIn', { tests: others.join(', ') });
}

/**
 * Seals or unseals a test. Sealing makes its key (or reopens the one it has),
 * wraps it under the organisation key and seals every question it lists and
 * the media they show; unsealing opens every row and media copy its key
 * sealed and drops the key's wraps, all in the caller's one transaction.
 * Returns whether anything changed.
 */
export async function applyTestSealing(
  tx: Db,
  tenant: TenantContext,
  testId: string,
  sealed: boolean,
  nowIso: string,
): Promise<boolean> {
  const current = await testSealingOf(tx, tenant, testId);
  if (!current || current.sealed === sealed) return false;
  if (!sealed) {
    await unsealTestMedia(tx, tenant, testId);
    await unsealQuestionContent(tx, tenant, testId);
    await setTestSealing(tx, tenant, testId, { sealed: false, wraps: null }, nowIso);
    return true;
  }
  const ids = await questionIdsOfTest(tx, tenant, testId);
  await checkQuestionsForTest(tx, tenant, testId, ids, true);
  const place = { tenant: tenant.clientId, testId };
  const key = newTestKey();
  try {
    useTestKey(tenant.clientId, testId, key);
    // A start code issued before sealing has no wrap: its hash still checks it, and the next code gets one.
    const wraps: TestKeyWraps = { content: wrapTestKey(key, place, 'content') };
    await setTestSealing(
      tx,
      tenant,
      testId,
      { sealed: true, wraps: JSON.stringify(wraps) },
      nowIso,
    );
    await sealQuestionContent(tx, tenant, testId, ids);
    await sealTestMedia(tx, tenant, testId);
  } finally {
    key.fill(0);
  }
  return true;
}

/** Seals the questions a sealed test lists now that are still plain (some were just added), and their media. */
export async function sealListedQuestions(
  tx: Db,
  tenant: TenantContext,
  testId: string,
): Promise<void> {
  const current = await testSealingOf(tx, tenant, testId);
  if (!current?.sealed) return;
  await sealQuestionContent(tx, tenant, testId, await questionIdsOfTest(tx, tenant, testId));
  await sealTestMedia(tx, tenant, testId);
}

/** A question or file may be written into a test only while that test is sealed (else it would be sealed for nothing). */
export async function requireSealedTest(
  tx: Db,
  tenant: TenantContext,
  testId: string,
): Promise<void> {
  const sealing = await testSealingOf(tx, tenant, testId);
  if (!sealing) throw invalid('sealedTestId', 'questions.noSuchTest');
  if (!sealing.sealed) throw invalid('sealedTestId', 'questions.notSealed');
}

/** Seals the media a sealed test's questions show now (a question of it was written); nothing for no test. */
export async function sealMediaOfTest(
  tx: Db,
  tenant: TenantContext,
  testId: string | null,
): Promise<void> {
  if (testId === null) return;
  const current = await testSealingOf(tx, tenant, testId);
  if (current?.sealed) await sealTestMedia(tx, tenant, testId);
}

/**
 * The wraps of a sealed test with its key also wrapped under a new start
 * code; null for a test that is not sealed (nothing to wrap).
 */
export async function wrapsWithStartCode(
  db: Db,
  tenant: TenantContext,
  testId: string,
  code: string,
): Promise<string | null> {
  const current = await testSealingOf(db, tenant, testId);
  const wraps = current?.sealed ? readTestKeyWraps(current.wraps) : null;
  if (!wraps) return null;
  const place = { tenant: tenant.clientId, testId };
  const key = unwrapTestKey(wraps.content, place, 'content');
  if (!key) return null;
  try {
    return JSON.stringify({ ...wraps, startCode: wrapTestKey(key, place, 'startCode', code) });
  } finally {
    key.fill(0);
  }
}
