import { describe, expect, it } from 'vitest';
import { migrate } from '@db/migrate';
import { migrations } from '@db/migrations/index';
import { columnsToStored, type QuestionColumns } from '@db/repositories/question-mapping';
import type { StoredQuestion } from '@shared/domain/bank';
import { openTestDatabase } from '../../../helpers/test-db';

const nowIso = () => '2026-06-01T09:00:00.000Z';

/** The version before this one: what a database of the previous app holds. */
const previous = Math.max(...migrations.map((m) => m.version).filter((v) => v < 50));

type Db = Awaited<ReturnType<typeof openTestDatabase>>;

/** Today's bank: a plain single choice with a newline kept, a short answer and an essay with word limits. */
async function insertTodaysQuestions(db: Db): Promise<void> {
  await db.client.exec(`
    INSERT INTO clients (id, name) VALUES ('c-1', 'Northfield');
    INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, marks,
      difficulty, tags, settings, current_version_id, version)
      VALUES ('q-1', 'c-1', 'Pick one.
Second line <b>stays text</b>', 'single_choice',
        '[{"id":"a","text":"A & B"},{"id":"b","text":"<i>C</i>"}]', '{"optionId":"b"}', 2,
        'easy', '["maths"]', NULL, 'v-1', 1);
    INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, marks,
      difficulty, tags, settings, current_version_id, version)
      VALUES ('q-2', 'c-1', 'Name the ocean.', 'short_answer', NULL,
        '{"accepted":["Pacific"],"caseSensitive":false}', 1, NULL, NULL, NULL, 'v-2', 1);
    INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, marks,
      difficulty, tags, settings, current_version_id, version)
      VALUES ('q-3', 'c-1', 'Explain \\( x \\) in words.', 'essay', NULL, NULL, 4, 'hard', NULL,
        '{"minWords":10,"maxWords":200}', 'v-3', 1);
    INSERT INTO question_versions (id, client_id, question_id, version, question_text, question_type,
      options, correct_answer, marks, difficulty, tags, settings, created_at)
      SELECT current_version_id, client_id, id, version, question_text, question_type, options,
        correct_answer, marks, difficulty, tags, settings, '2026-05-01T00:00:00.000Z' FROM questions;
  `);
}

const expected: Record<string, StoredQuestion> = {
  'q-1': {
    type: 'single_choice',
    text: 'Pick one.\nSecond line <b>stays text</b>',
    options: [
      { id: 'a', text: 'A & B' },
      { id: 'b', text: '<i>C</i>' },
    ],
    key: { optionId: 'b' },
    marks: 2,
    difficulty: 'easy',
    tags: ['maths'],
    settings: {},
  },
  'q-2': {
    type: 'short_answer',
    text: 'Name the ocean.',
    options: null,
    key: { accepted: ['Pacific'], caseSensitive: false },
    marks: 1,
    difficulty: null,
    tags: [],
    settings: {},
  },
  'q-3': {
    type: 'essay',
    text: 'Explain \\( x \\) in words.',
    options: null,
    key: null,
    marks: 4,
    difficulty: 'hard',
    tags: [],
    settings: { minWords: 10, maxWords: 200 },
  },
};

/** A row as the repositories read it (snake case to the drizzle names). */
function columnsOf(row: Record<string, unknown>): QuestionColumns {
  return {
    questionText: row.question_text as string,
    questionType: row.question_type as string,
    options: row.options as string | null,
    correctAnswer: row.correct_answer as string | null,
    marks: row.marks as number | null,
    difficulty: row.difficulty as string | null,
    tags: row.tags as string | null,
    settings: row.settings as string | null,
    bodyFormat: row.body_format as string,
    feedback: row.feedback as string | null,
    typeParts: row.type_parts as string | null,
  };
}

describe('migration 0050 (question content)', () => {
  it('adds format, feedback and type parts; today’s plain questions read back exactly as before', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertTodaysQuestions(db);
    const headsBefore = await db.client.all('SELECT * FROM questions ORDER BY id');
    const versionsBefore = await db.client.all('SELECT * FROM question_versions ORDER BY id');

    const state = await migrate(db.client, { target: 50, nowIso });
    expect(state.databaseVersion).toBe(50);

    const heads = (await db.client.all('SELECT * FROM questions ORDER BY id')) as Array<
      Record<string, unknown>
    >;
    const versions = (await db.client.all('SELECT * FROM question_versions ORDER BY id')) as Array<
      Record<string, unknown>
    >;
    // Every column that was there holds what it held; the new ones say plain, no feedback, no parts.
    const newColumns = { body_format: 'plain', feedback: null, type_parts: null };
    expect(heads).toEqual(headsBefore.map((r) => ({ ...(r as object), ...newColumns })));
    expect(versions).toEqual(versionsBefore.map((r) => ({ ...(r as object), ...newColumns })));
    for (const row of [...heads, ...versions]) {
      const id = (row.question_id ?? row.id) as string;
      expect(columnsToStored(columnsOf(row))).toEqual(expected[id]);
    }
  });

  it('can run twice without harm', async () => {
    const db = await openTestDatabase({ migrateTo: previous });
    await insertTodaysQuestions(db);
    await migrate(db.client, { target: 50, nowIso });
    const once = await db.client.all('SELECT * FROM question_versions ORDER BY id');
    await db.client.run('DELETE FROM schema_migrations WHERE version = 50');
    await migrate(db.client, { target: 50, nowIso });
    expect(await db.client.all('SELECT * FROM question_versions ORDER BY id')).toEqual(once);
  });
});
