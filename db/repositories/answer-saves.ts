import { conflict, notFound } from '@shared/api/result';
import type { TransactionRunner } from '../transaction';
import type { TenantContext } from '../tenant';
import type { AnswerValue } from '@shared/domain/questions';
import { answerSaveChanges } from './answer-audit';
import { CHAIN_TIP_FROM_PARAM_5, chainRowAfter, insertChainedRow } from './audit-logs';

/**
 * The answer save: the hottest write in the product, run for every click and
 * every pause in typing. It writes two rows: the answer, which carries the
 * attempt's elapsed time at the save and the receipt of the save's audit row,
 * and that audit row. It is written as plain SQL on the raw transaction,
 * because the query builder's per-call overhead was most of the save's
 * latency (see `npm run bench:exam`). Its audit row is chained by
 * `chainedRow`, as every mutation's is; unlike a mutation it leaves the
 * device's chain head alone, and the attempt's clock row too (each a row
 * change fewer on the wire at every save): the answer row holds the elapsed
 * time (see ./attempt-clock.ts) and the hash of its save's audit row, the
 * receipt that vouches for the newest saves as the head would.
 */

const UPSERT_ANSWER = `INSERT INTO attempt_answers
  (id, attempt_id, question_id, client_id, question_version_id, student_answer, flagged, created_at, updated_at, elapsed_ms, save_hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (attempt_id, question_id) DO UPDATE SET
    student_answer = CASE WHEN ?12 THEN excluded.student_answer ELSE attempt_answers.student_answer END,
    flagged = CASE WHEN ?13 THEN excluded.flagged ELSE attempt_answers.flagged END,
    updated_at = excluded.updated_at,
    elapsed_ms = excluded.elapsed_ms,
    save_hash = excluded.save_hash
  WHERE attempt_answers.client_id = excluded.client_id`;

/**
 * Everything the save reads, in one statement (each statement prepared costs
 * more than its lookup): whether the attempt is the student's own, in
 * progress and with its clock row, the only kind a save writes to; the
 * question's answer as stored; and the tip of this device's audit chain.
 * Parameters: ?1 attempt, ?2 organisation, ?3 student, ?4 question, ?5 device.
 */
const SAVE_READS = `SELECT w.writable, a.id AS answer_id, a.student_answer, a.flagged,
    t.seq AS tip_seq, t.hash AS tip_hash
  FROM (SELECT EXISTS (SELECT 1 FROM attempts
      WHERE id = ?1 AND client_id = ?2 AND student_id = ?3 AND status = 'in_progress'
        AND EXISTS (SELECT 1 FROM attempt_clocks
          WHERE attempt_id = attempts.id AND client_id = attempts.client_id)) AS writable) AS w
  LEFT JOIN attempt_answers AS a ON a.attempt_id = ?1 AND a.question_id = ?4
  LEFT JOIN (${CHAIN_TIP_FROM_PARAM_5}) AS t ON 1`;

interface SaveReadsRow {
  writable: number;
  answer_id: string | null;
  student_answer: string | null;
  flagged: number | null;
  tip_seq: number | null;
  tip_hash: string | null;
}

export interface AnswerSave {
  answerId: string;
  auditId: string;
  attemptId: string;
  questionId: string;
  versionId: string | null;
  /** The answer; undefined keeps the stored answer (a flag-only save), null clears it. */
  answer: AnswerValue | null | undefined;
  flagged: boolean | undefined;
  elapsedMs: number;
  nowIso: string;
  deviceId: string;
}

/**
 * Commits one answer with the attempt's clock and last-save time, and the
 * audit row chained to this device's previous one, all or nothing. Refuses
 * (and writes nothing) when the attempt is no longer in progress: the check
 * reads inside the save's own write transaction, so nothing (a pull applying
 * a proctor's submit included) can end the attempt between it and the write.
 */
export async function commitAnswerSave(
  transaction: TransactionRunner,
  tenant: TenantContext,
  s: AnswerSave,
): Promise<void> {
  const answerJson =
    s.answer === undefined ? undefined : s.answer === null ? null : JSON.stringify(s.answer);
  await transaction(async ({ sql: tx }) => {
    const read = (await tx.get(
      SAVE_READS,
      s.attemptId,
      tenant.clientId,
      tenant.profileId,
      s.questionId,
      s.deviceId,
    )) as SaveReadsRow | undefined;
    if (read === undefined || read.writable === 0) {
      const mine = (await tx.get(
        'SELECT status FROM attempts WHERE id = ? AND client_id = ? AND student_id = ?',
        s.attemptId,
        tenant.clientId,
        tenant.profileId,
      )) as { status: string | null } | undefined;
      throw mine === undefined ? notFound('attempt') : conflict('exam.endedNothingSaved');
    }
    const changes = answerSaveChanges(
      s.questionId,
      read.answer_id !== null
        ? { answerJson: read.student_answer, flagged: (read.flagged ?? 0) !== 0 }
        : null,
      s,
    );
    const tip = read.tip_seq === null ? undefined : { seq: read.tip_seq, hash: read.tip_hash };
    const audit = chainRowAfter(tip, {
      id: s.auditId,
      clientId: tenant.clientId,
      userId: tenant.profileId,
      action: 'answer.save',
      resourceType: 'attempt',
      resourceId: s.attemptId,
      changes: JSON.stringify(changes),
      createdAt: s.nowIso,
      deviceId: s.deviceId,
      ipAddress: null,
    });
    await tx.run(
      UPSERT_ANSWER,
      s.answerId,
      s.attemptId,
      s.questionId,
      tenant.clientId,
      s.versionId,
      answerJson ?? null,
      s.flagged === true ? 1 : 0,
      s.nowIso,
      s.nowIso,
      Math.round(s.elapsedMs),
      audit.hash,
      answerJson === undefined ? 0 : 1,
      s.flagged === undefined ? 0 : 1,
    );
    await insertChainedRow(tx, audit, null, false);
  });
}
