import type { DataEnv } from '@db/env';
import { contentKeyWraps, putContentKeyWrap } from '@db/repositories/organisations';
import { contentKeyOf } from '@db/sealing/content-keys';
import { keyWrapId, unwrapContentKey, wrapContentKey } from '@db/sealing/key-wrap';
import { contentKeyText, type ContentKeyStore } from './content-key-store';
import { receiveContentKey } from './receive-key';

/**
 * A computer enrolled by URL and token takes the organisation key from the
 * wrap made under that token (db/sealing/key-wrap.ts), checked like a key an
 * enrolment file brings. False when there is no wrap for this token yet (no
 * computer holding the key has used it): the key then comes with the next
 * start after one has, or with an enrolment file.
 */
export async function takeKeyWithToken(
  env: Pick<DataEnv, 'db'>,
  store: ContentKeyStore,
  orgId: string,
  token: string,
): Promise<boolean> {
  if (store.keyOf(orgId)) return true;
  const wrapped = (await contentKeyWraps(env.db(), { clientId: orgId }))[keyWrapId(token, orgId)];
  const key = wrapped === undefined ? null : unwrapContentKey(wrapped, token, orgId);
  if (!key) return false;
  try {
    await receiveContentKey(env, store, orgId, contentKeyText(key));
  } finally {
    key.fill(0);
  }
  return true;
}

/**
 * A computer holding the organisation key leaves it wrapped under the token it
 * syncs with, in the organisation row, so the next computer enrolled with the
 * same token receives it. A wrap already there that opens to the key is kept.
 * Re-enrolled with a new token (the old one revoked), the old token's wrap is
 * dropped, so the old token and a copy of the database no longer open the key.
 */
export async function wrapKeyForToken(
  env: Pick<DataEnv, 'db' | 'transaction'>,
  orgId: string,
  token: string,
  replacedToken: string | null = null,
): Promise<void> {
  const key = contentKeyOf(orgId);
  if (!key) return;
  const wrapId = keyWrapId(token, orgId);
  const replacesWrapId =
    replacedToken === null || replacedToken === token ? null : keyWrapId(replacedToken, orgId);
  const wraps = await contentKeyWraps(env.db(), { clientId: orgId });
  const existing = wraps[wrapId];
  const current =
    existing !== undefined && unwrapContentKey(existing, token, orgId)?.equals(key) === true;
  if (current && (replacesWrapId === null || wraps[replacesWrapId] === undefined)) return;
  const wrapped = current ? existing : wrapContentKey(key, token, orgId);
  await env.transaction((tx) =>
    putContentKeyWrap(tx.db, { clientId: orgId }, wrapId, wrapped, replacesWrapId),
  );
}
