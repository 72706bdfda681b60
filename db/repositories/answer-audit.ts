import { answerValueSchema, countWords, type AnswerValue } from '@shared/domain/questions';
import type { ChangeSet } from '@shared/domain/audit';
import { sha256Hex } from './audit-logs';

/**
 * What the audit trail keeps of an answer: the value itself, except for
 * essays, whose length and fingerprint prove what was saved without copying
 * the whole text into the log at every keystroke pause.
 */
export function auditedAnswer(answer: AnswerValue | null): unknown {
  if (answer?.type !== 'essay') return answer;
  return {
    type: 'essay',
    words: countWords(answer.text),
    chars: answer.text.length,
    sha256: sha256Hex(answer.text),
  };
}

function auditedAnswerJson(json: string | null): unknown {
  if (json === null) return null;
  const parsed = answerValueSchema.safeParse(JSON.parse(json));
  return parsed.success ? auditedAnswer(parsed.data) : null;
}

/**
 * The audit diff of one answer save, from what was stored before (null when
 * the question had no row yet): the answer when it changed, the flag when it
 * changed. `answer` undefined is a flag-only save.
 */
export function answerSaveChanges(
  questionId: string,
  before: { answerJson: string | null; flagged: boolean } | null,
  save: { answer: AnswerValue | null | undefined; flagged: boolean | undefined },
): ChangeSet {
  const changes: ChangeSet = {};
  if (save.answer !== undefined) {
    const was = before?.answerJson ?? null;
    const now = save.answer === null ? null : JSON.stringify(save.answer);
    if (was !== now) {
      changes[`answer.${questionId}`] = [auditedAnswerJson(was), auditedAnswer(save.answer)];
    }
  }
  if (save.flagged !== undefined && save.flagged !== (before?.flagged ?? false)) {
    changes[`flagged.${questionId}`] = [before?.flagged ?? false, save.flagged];
  }
  return changes;
}
