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
 * wraps it under the organisation key and seals every question it lists;
 * unsealing opens every row its key sealed and drops the key's wraps. Returns
 * whether anything changed.
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
  } finally {
    key.fill(0);
  }
  return true;
}

/** Seals the questions a sealed test lists now that are still plain (some were just added). */
export async function sealListedQuestions(
  tx: Db,
  tenant: TenantContext,
  testId: string,
): Promise<void> {
  const current = await testSealingOf(tx, tenant, testId);
  if (!current?.sealed) return;
  await sealQuestionContent(tx, tenant, testId, await questionIdsOfTest(tx, tenant, testId));
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
