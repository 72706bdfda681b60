import { listLockouts } from '@db/repositories/guess-guards';
import type { TenantContext } from '@db/tenant';
import { guessKinds, type GuessKind } from '@shared/auth/guess-policy';
import type { ProctorLockout } from '@shared/api/contract/proctor';
import type { ServiceEnv } from '../service-env';

/** How far back the console lists lockouts: a day's sessions. */
const LOCKOUTS_VISIBLE_MS = 12 * 3_600_000;

const isGuessKind = (kind: string): kind is GuessKind =>
  (guessKinds as readonly string[]).includes(kind);

/** The centre's lockouts of the last 12 hours, on any computer (they sync), newest first. */
export async function recentLockouts(
  env: ServiceEnv,
  tenant: TenantContext,
): Promise<ProctorLockout[]> {
  const since = new Date(env.clock.nowMs() - LOCKOUTS_VISIBLE_MS).toISOString();
  const rows = await listLockouts(env.db(), tenant, since);
  return rows.flatMap((r) =>
    isGuessKind(r.kind)
      ? [
          {
            kind: r.kind,
            deviceId: r.deviceId,
            deviceName: r.deviceName,
            onThisDevice: r.deviceId === env.deviceId,
            personName: r.personName,
            testName: r.testName,
            lockouts: r.lockouts,
            lastLockedAt: r.lastLockedAt,
            lockedUntil: r.lockedUntilEstimate,
          },
        ]
      : [],
  );
}
