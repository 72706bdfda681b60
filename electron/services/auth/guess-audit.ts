import type { AuditDraft } from '@db/repositories/audit-logs';
import { waitInWords, type GuessKind } from '@shared/auth/guess-policy';
import type { ChangeSet } from '@shared/domain/audit';
import type { WrongTry } from './guess-guard';

/** The audit row of a wrong try: the count it moved, and the lockout it set. */
export function guessAudit(
  kind: GuessKind,
  resource: { type: string; id: string | null },
  wrong: WrongTry,
): AuditDraft {
  const changes: ChangeSet = {
    guess: [null, kind],
    failures: [wrong.before.failures, wrong.after.failures],
  };
  if (wrong.lockedForMs !== null) {
    changes.lockouts = [wrong.before.lockouts, wrong.after.lockouts];
    changes.locked_for_ms = [null, wrong.lockedForMs];
  }
  return {
    action: wrong.lockedForMs === null ? 'guess.wrong' : 'guess.lockout',
    resourceType: resource.type,
    resourceId: resource.id,
    changes,
  };
}

/** The detail of a lockout's integrity event, for the proctor console. */
export function lockoutDetail(kind: GuessKind, wrong: WrongTry): Record<string, unknown> {
  return {
    guess: kind,
    lockouts: wrong.after.lockouts,
    lockedForMs: wrong.lockedForMs,
    note: `Locked for ${waitInWords(wrong.lockedForMs ?? 0)} after too many wrong tries`,
  };
}
