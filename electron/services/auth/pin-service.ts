import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import {
  getSessionProfile,
  hasPin,
  recordSignInResult,
  updatePerson,
} from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import { invalid, notFound, refusal } from '@shared/api/result';
import { waitValues } from '@shared/api/service-words';
import type { PinStatus } from '@shared/api/contract/auth';
import { afterFailedSignIn } from '@shared/auth/lockout';
import { PIN_RULE } from '@shared/auth/pin-rules';
import type { ServiceEnv } from '../service-env';
import { guessAudit } from './guess-audit';
import { newSealedHash, verifySealedSecret } from './sealed-hashes';

export async function pinStatus(env: ServiceEnv, tenant: TenantContext): Promise<PinStatus> {
  return { set: await hasPin(env.db(), tenant, tenant.profileId), rule: PIN_RULE };
}

/**
 * Sets the signed-in proctor's or admin's own PIN, after their account
 * password. A wrong password counts towards their sign-in lockout on this
 * computer, so this is no way round it.
 */
export async function setOwnPin(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { password: string; pin: string },
): Promise<PinStatus> {
  const row = await getSessionProfile(env.db(), tenant);
  if (!row) throw notFound('person');
  const pinHash = await env.guesses.withTarget('sign_in', row.id, async (gate) => {
    if (gate.remainingMs > 0) {
      throw refusal(
        'FORBIDDEN',
        'guess.tooManyPasswords',
        waitValues(gate.remainingMs),
        'password',
      );
    }
    const person = { clientId: tenant.clientId, rowId: row.id };
    if (
      await verifySealedSecret(
        { ...person, column: 'profiles.password_hash' },
        input.password,
        row.passwordHash,
        env.scrypt,
      )
    ) {
      const hash = await newSealedHash(
        { ...person, column: 'profiles.pin_hash' },
        input.pin,
        env.scrypt,
      );
      await env.transaction((tx) => gate.right(tx.db, tenant.clientId));
      return hash;
    }
    const wrong = await mutate(env, tenant, async (tx) => {
      const counted = await gate.wrong(tx, tenant.clientId);
      await recordSignInResult(
        tx,
        row,
        afterFailedSignIn(
          counted.before.failures,
          env.clock.nowMs(),
          counted.lockedForMs ?? undefined,
        ),
      );
      return {
        value: counted,
        audit: guessAudit('sign_in', { type: 'profile', id: row.id }, counted),
      };
    });
    if (wrong.lockedForMs !== null) {
      throw refusal('FORBIDDEN', 'guess.passwordLocked', waitValues(wrong.lockedForMs), 'password');
    }
    throw invalid('password', 'sentence.notYourPassword');
  });
  const hadPin = row.pinHash !== null;
  await mutate(env, tenant, async (tx) => {
    await updatePerson(tx, tenant, row.id, { pinHash }, nowIsoOf(env));
    return {
      value: null,
      audit: {
        action: hadPin ? 'person.change_pin' : 'person.set_pin',
        resourceType: 'profile',
        resourceId: row.id,
        changes: { pin: hadPin ? ['(hidden)', '(changed)'] : [null, '(set)'] },
      },
    };
  });
  return { set: true, rule: PIN_RULE };
}
