import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { insertIntegrityEvent } from '@db/repositories/integrity-events';
import type { Actor } from '@db/tenant';
import type { IntegrityKind } from '@shared/domain/exam';
import type { ServiceEnv } from '../service-env';

/** Records one integrity event with its audit row; the proctor console counts them. */
export async function recordIntegrity(
  env: ServiceEnv,
  actor: Actor,
  attemptId: string,
  kind: IntegrityKind,
  detail: Record<string, unknown> | null,
): Promise<void> {
  await mutate(env, actor, async (tx) => {
    const id = env.ids();
    await insertIntegrityEvent(tx, actor, {
      id,
      attemptId,
      kind,
      detail,
      deviceId: env.deviceId,
      occurredAt: nowIsoOf(env),
    });
    return {
      value: null,
      audit: {
        action: 'attempt.integrity',
        resourceType: 'attempt',
        resourceId: attemptId,
        changes: { integrity: [null, kind], ...(detail && { detail: [null, detail] }) },
      },
    };
  });
}
