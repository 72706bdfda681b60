import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound } from '@shared/api/result';
import type { Db } from '../client';
import { attemptMediaPlays } from '../schema/index';
import type { TenantContext } from '../tenant';
import type { TransactionRunner } from '../transaction';
import { appendChainedRow } from './audit-logs';

/**
 * Audio plays of listening items: counted in main, committed with their
 * audit row like an answer save, so a crash loses none and a limit holds
 * across restarts. Plain SQL on the raw transaction, as the save is.
 */

const ATTEMPT_STATUS =
  'SELECT status FROM attempts WHERE id = ? AND client_id = ? AND student_id = ?';
const PLAYS_SO_FAR = `SELECT coalesce(sum(plays), 0) AS n FROM attempt_media_plays
  WHERE attempt_id = ? AND question_id = ? AND client_id = ?`;
const UPSERT_PLAY = `INSERT INTO attempt_media_plays
  (id, client_id, attempt_id, question_id, media_sha256, plays, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, 1, ?, ?)
  ON CONFLICT (id) DO UPDATE SET plays = attempt_media_plays.plays + 1, updated_at = excluded.updated_at
  WHERE attempt_media_plays.client_id = excluded.client_id`;

export interface MediaPlay {
  /** The same for an attempt, question and clip on every device. */
  playId: string;
  auditId: string;
  attemptId: string;
  questionId: string;
  sha256: string;
  /** Plays the question allows in an attempt (all its clips together); null for no limit. */
  limit: number | null;
  nowIso: string;
  deviceId: string;
}

/**
 * Counts one start of a clip, or refuses it (writing nothing) when the
 * attempt is not the student's running one or the limit is used up.
 * Answers the question's plays so far, this one included.
 */
export async function commitMediaPlay(
  transaction: TransactionRunner,
  tenant: TenantContext,
  p: MediaPlay,
): Promise<number> {
  return transaction(async ({ sql: tx }) => {
    const attempt = (await tx.get(
      ATTEMPT_STATUS,
      p.attemptId,
      tenant.clientId,
      tenant.profileId,
    )) as { status: string | null } | undefined;
    if (!attempt) throw notFound('attempt');
    if ((attempt.status ?? 'in_progress') !== 'in_progress') {
      throw conflict('exam.endedNothingPlayed');
    }
    const before = (await tx.get(PLAYS_SO_FAR, p.attemptId, p.questionId, tenant.clientId)) as {
      n: number;
    };
    if (p.limit !== null && before.n >= p.limit) {
      throw conflict('exam.playLimit', { limit: p.limit });
    }
    await tx.run(
      UPSERT_PLAY,
      p.playId,
      tenant.clientId,
      p.attemptId,
      p.questionId,
      p.sha256,
      p.nowIso,
      p.nowIso,
    );
    await appendChainedRow(tx, {
      id: p.auditId,
      clientId: tenant.clientId,
      userId: tenant.profileId,
      action: 'attempt.play',
      resourceType: 'attempt',
      resourceId: p.attemptId,
      changes: JSON.stringify({ [`plays.${p.questionId}`]: [before.n, before.n + 1] }),
      createdAt: p.nowIso,
      deviceId: p.deviceId,
      ipAddress: null,
    });
    return before.n + 1;
  });
}

/** Plays so far per question of an attempt (all its clips together). */
export async function playCounts(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  attemptId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({
      questionId: attemptMediaPlays.questionId,
      plays: sql<number>`sum(${attemptMediaPlays.plays})`,
    })
    .from(attemptMediaPlays)
    .where(
      and(
        eq(attemptMediaPlays.attemptId, attemptId),
        eq(attemptMediaPlays.clientId, tenant.clientId),
      ),
    )
    .groupBy(attemptMediaPlays.questionId);
  return new Map(rows.map((r) => [r.questionId, r.plays]));
}
