import type { Core } from '@main/app/core';
import { openedColumns, type QuestionTable } from '@db/repositories/question-mapping';

interface KeyRow {
  table: QuestionTable;
  id: string;
  sealed: string;
  plain: string | null;
}

/**
 * The answer keys of some questions (heads and versions) in two states: sealed
 * as the app writes them, or plain as they were before sealing, which the
 * reader still accepts. The benchmark switches between the two to measure
 * what sealing costs on the same rows in the same run.
 */
export async function answerKeyStates(
  core: Core,
  questionIds: readonly string[],
): Promise<{ set(sealed: boolean): Promise<void> }> {
  const client = core.database.client;
  const marks = questionIds.map(() => '?').join(', ');
  const rows: KeyRow[] = [];
  for (const table of ['questions', 'question_versions'] as const) {
    const owner = table === 'questions' ? 'id' : 'question_id';
    const found = (await client.all(
      `SELECT id, client_id AS clientId, ${owner} AS questionId, correct_answer AS correctAnswer FROM ${table} WHERE ${owner} IN (${marks}) AND correct_answer IS NOT NULL`,
      ...questionIds,
    )) as Array<{ id: string; clientId: string; questionId: string; correctAnswer: string }>;
    for (const row of found) {
      rows.push({
        table,
        id: row.id,
        sealed: row.correctAnswer,
        plain: openedColumns(table, row).correctAnswer,
      });
    }
  }
  return {
    async set(sealed) {
      await core.env.transaction(async ({ sql }) => {
        for (const row of rows) {
          await sql.run(
            `UPDATE ${row.table} SET correct_answer = ? WHERE id = ?`,
            sealed ? row.sealed : row.plain,
            row.id,
          );
        }
      });
    },
  };
}
