import { refusal } from '@shared/api/result';
import type { DataEnv } from '@db/env';
import { oneSealedKey } from '@db/repositories/sealing-upgrade';
import { opensWith } from '@db/sealing/content-cipher';
import { contentKeyOf } from '@db/sealing/content-keys';
import { answerKeyPlace } from '@db/repositories/question-mapping';
import { contentKeyFromText, type ContentKeyStore } from './content-key-store';

/**
 * Keeps the organisation key an enrolment brought. It is checked against an
 * answer key the organisation has sealed, so a key from another organisation
 * (or mistyped) is refused by name instead of leaving every key unreadable.
 */
export async function receiveContentKey(
  env: Pick<DataEnv, 'db'>,
  store: ContentKeyStore,
  orgId: string,
  keyText: string,
): Promise<void> {
  const key = contentKeyFromText(keyText);
  const held = contentKeyOf(orgId);
  if (held?.equals(key)) {
    // Held in this process by another key store (a second app in one process, as in tests): kept here too.
    store.keep(orgId, key);
    return;
  }
  const sample = await oneSealedKey(env.db(), { clientId: orgId });
  const opens =
    sample === null ||
    opensWith(
      key,
      'answer-keys',
      answerKeyPlace({ clientId: orgId, questionId: sample.questionId }),
      sample.sealed,
    );
  if (!opens || held) {
    throw refusal('VALIDATION', 'sealed.wrongOrganisationKey', {}, 'organisationKey');
  }
  store.keep(orgId, key);
}
