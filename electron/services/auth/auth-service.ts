import { mutate } from '@db/mutation';
import { getOrganisation } from '@db/repositories/organisations';
import {
  findForSignIn,
  recordSignInResult,
  upgradePasswordHash,
  type ProfileRow,
} from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import { nowIsoOf } from '@db/env';
import { apiWords, type MessageRef } from '@shared/api/error-words';
import { ApiError } from '@shared/api/result';
import { diffObjects } from '@shared/audit/diff';
import type { ChangeSet } from '@shared/domain/audit';
import { afterFailedSignIn } from '@shared/auth/lockout';
import { shownLogo } from '@shared/domain/logo';
import type { SessionInfo } from '@shared/domain/organisation';
import { roleSchema } from '@shared/domain/roles';
import type { Session } from '../../api/sessions';
import type { ServiceEnv } from '../service-env';
import { costInWords, hashNeedsUpgrade, scryptParamsOf, verifySecret } from './passwords';
import { newSealedHash, openHash, verifySealedSecret, type HashOwner } from './sealed-hashes';
import { isSealed } from '@db/sealing/content-cipher';

const WRONG_CREDENTIALS = apiWords('api.wrongCredentials', {});

/** The audit entry of a hash made again at a higher cost: the costs, never the hashes. */
function passwordCostChange(owner: HashOwner, from: string, to: string): ChangeSet {
  const cost = (hash: string) => {
    const params = scryptParamsOf(openHash(owner, hash));
    return params === null ? null : costInWords(params);
  };
  const before = cost(from);
  const after = cost(to);
  // Sealing a hash kept plain at the same cost is no change of cost.
  return before === after ? {} : { password_cost: [before, after] };
}

type Outcome =
  { kind: 'ok'; tenant: TenantContext } | { kind: 'refused'; message: string; ref?: MessageRef };

/**
 * Decides a sign-in for a known person and records it (with its audit row) in
 * one transaction. Wrong passwords are counted on this computer for this
 * person (see GuessGuard): signing out, restarting the app or moving the clock
 * does not reset the count, and another computer is not locked by it.
 */
function decide(
  env: ServiceEnv,
  row: ProfileRow & { clientId: string },
  password: string,
): Promise<Outcome> {
  return env.guesses.withTarget('sign_in', row.id, async (gate) => {
    const nowIso = nowIsoOf(env);
    const actor = { clientId: row.clientId, profileId: row.id };

    if (gate.remainingMs > 0) {
      return mutate(env, actor, async () => ({
        value: {
          kind: 'refused',
          message: `Too many wrong passwords. Try again after ${gate.lockedUntilIso ?? ''}`,
        } as const,
        audit: {
          action: 'auth.sign_in_locked',
          resourceType: 'profile',
          resourceId: row.id,
          changes: null,
        },
      }));
    }
    const owner: HashOwner = {
      clientId: row.clientId,
      column: 'profiles.password_hash',
      rowId: row.id,
    };
    const passwordOk = await verifySealedSecret(owner, password, row.passwordHash, env.scrypt);
    if (!passwordOk) {
      return mutate(env, actor, async (tx) => {
        const wrong = await gate.wrong(tx, row.clientId);
        // The person's record says what this computer decided, for staff to read.
        const next = afterFailedSignIn(
          wrong.before.failures,
          env.clock.nowMs(),
          wrong.lockedForMs ?? undefined,
        );
        await recordSignInResult(tx, row, next);
        return {
          value: {
            kind: 'refused',
            ...(next.lockedUntil
              ? { message: `Too many wrong passwords. Sign-in is locked until ${next.lockedUntil}` }
              : WRONG_CREDENTIALS),
          } as const,
          audit: {
            action: next.lockedUntil ? 'auth.locked' : 'auth.sign_in_failed',
            resourceType: 'profile',
            resourceId: row.id,
            changes: {
              failed_login_count: [row.failedLoginCount, next.failedLoginCount],
              locked_until: [row.lockedUntil, next.lockedUntil],
            },
          },
        };
      });
    }
    // Only someone who knows the password learns the account is deactivated.
    if (row.active === 0) {
      return mutate(env, actor, async () => ({
        value: {
          kind: 'refused',
          message: 'This account is deactivated. Ask an administrator to reactivate it.',
        } as const,
        audit: {
          action: 'auth.sign_in_inactive',
          resourceType: 'profile',
          resourceId: row.id,
          changes: null,
        },
      }));
    }
    const parsedRole = roleSchema.safeParse(row.role);
    if (!parsedRole.success) {
      // A role from a newer app (arrived by sync): refuse in words, not as a bad-input error.
      return mutate(env, actor, async () => ({
        value: {
          kind: 'refused',
          message:
            'This account has a role this version of the app does not know. Please update the app.',
        } as const,
        audit: {
          action: 'auth.sign_in_unknown_role',
          resourceType: 'profile',
          resourceId: row.id,
          changes: null,
        },
      }));
    }
    const role = parsedRole.data;
    // A hash made at a lower cost, or kept unsealed, is made again while the password is at hand.
    const checkedHash = row.passwordHash;
    const upgrade =
      checkedHash !== null &&
      (!isSealed(checkedHash) || hashNeedsUpgrade(openHash(owner, checkedHash), env.scrypt))
        ? { from: checkedHash, to: await newSealedHash(owner, password, env.scrypt) }
        : null;
    return mutate(env, actor, async (tx) => {
      await gate.right(tx, row.clientId);
      await recordSignInResult(tx, row, {
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: nowIso,
      });
      const upgraded =
        upgrade !== null && (await upgradePasswordHash(tx, row, upgrade.from, upgrade.to));
      const costChange = upgraded ? passwordCostChange(owner, upgrade.from, upgrade.to) : {};
      return {
        value: { kind: 'ok', tenant: { clientId: row.clientId, profileId: row.id, role } } as const,
        audit: {
          action: 'auth.sign_in',
          resourceType: 'profile',
          resourceId: row.id,
          // The sign-in bookkeeping it just wrote, named like the failed sign-in's.
          changes: {
            ...diffObjects(
              {
                failed_login_count: row.failedLoginCount,
                locked_until: row.lockedUntil,
                last_login_at: row.lastLoginAt,
              },
              { failed_login_count: 0, locked_until: null, last_login_at: nowIso },
            ),
            ...costChange,
          },
        },
      };
    });
  });
}

export async function signIn(
  env: ServiceEnv,
  sessionKey: string,
  input: { email: string; password: string },
  readOnlyReason: (tenant: TenantContext) => Promise<string | null>,
): Promise<SessionInfo> {
  const row = await findForSignIn(env.db(), input.email);
  if (!row || row.clientId === null) {
    // Same work as a real check, so an unknown email cannot be told apart by timing.
    await verifySecret(input.password, null, env.scrypt);
    throw new ApiError(
      'UNAUTHENTICATED',
      WRONG_CREDENTIALS.message,
      undefined,
      WRONG_CREDENTIALS.ref,
    );
  }
  const outcome = await decide(env, { ...row, clientId: row.clientId }, input.password);
  if (outcome.kind === 'refused') {
    throw new ApiError('UNAUTHENTICATED', outcome.message, undefined, outcome.ref);
  }
  const session: Session = {
    key: sessionKey,
    tenant: outcome.tenant,
    name: row.name,
    email: row.email,
    signedInAt: nowIsoOf(env),
  };
  env.sessions.set(session);
  return sessionInfo(env, session, readOnlyReason);
}

export async function signOut(env: ServiceEnv, session: Session): Promise<null> {
  await mutate(env, session.tenant, async () => ({
    value: null,
    audit: {
      action: 'auth.sign_out',
      resourceType: 'profile',
      resourceId: session.tenant.profileId,
      changes: null,
    },
  }));
  env.sessions.delete(session.key);
  return null;
}

export async function sessionInfo(
  env: ServiceEnv,
  session: Session,
  readOnlyReason: (tenant: TenantContext) => Promise<string | null>,
): Promise<SessionInfo> {
  const org = await getOrganisation(env.db(), session.tenant);
  const reason = await readOnlyReason(session.tenant);
  return {
    person: {
      id: session.tenant.profileId,
      name: session.name,
      email: session.email,
      role: session.tenant.role,
    },
    organisation: {
      id: org.id,
      name: org.name,
      address: org.address,
      // Only a logo carried in the data is shown; a web address is never loaded.
      logoUrl: shownLogo(org.logoUrl),
      active: org.active,
      language: org.language,
    },
    readOnly: reason ? { reason } : null,
  };
}
