import type { SyncClient } from '@db/client';
import { bankQuestion } from './corpus';

const ROWS_PER_INSERT = 200;
const ROWS_PER_TRANSACTION = 5_000;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function columnsOf(i: number) {
  const q = bankQuestion(i);
  const choice = q.type === 'single_choice' || q.type === 'multiple_response';
  const options = choice
    ? JSON.stringify(['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id} of ${i}` })))
    : null;
  const key =
    q.type === 'single_choice'
      ? { optionId: 'a' }
      : q.type === 'multiple_response'
        ? { optionIds: ['a', 'c'] }
        : q.type === 'true_false'
          ? { value: i % 2 === 0 }
          : q.type === 'short_answer'
            ? { accepted: [`answer ${i}`], caseSensitive: false }
            : null;
  return { ...q, options, key: key === null ? null : JSON.stringify(key) };
}

/**
 * Writes questions `from .. to` of the benchmark bank (head and first version,
 * as an import would) straight into the tables, in multi-row inserts: a
 * 100,000-question bank takes seconds instead of the import's minutes.
 */
export async function seedBank(
  client: SyncClient,
  args: { clientId: string; authorId: string; from: number; to: number },
): Promise<void> {
  for (let start = args.from; start < args.to; start += ROWS_PER_TRANSACTION) {
    const end = Math.min(args.to, start + ROWS_PER_TRANSACTION);
    await client.exec('BEGIN');
    try {
      for (let chunk = start; chunk < end; chunk += ROWS_PER_INSERT) {
        const heads: unknown[] = [];
        const versions: unknown[] = [];
        const last = Math.min(end, chunk + ROWS_PER_INSERT);
        for (let i = chunk; i < last; i += 1) {
          const c = columnsOf(i);
          const id = `019d0000-0000-7000-8000-${hex(i, 12)}`;
          const versionId = `019d0000-0000-7000-9000-${hex(i, 12)}`;
          // One second apart, so "newest first" is a real order to keep.
          const at = new Date(Date.UTC(2026, 0, 1) + i * 1_000).toISOString();
          const tags = JSON.stringify(c.tags);
          heads.push(id, args.clientId, c.text, c.type, c.options, c.key, c.difficulty, tags);
          heads.push(versionId, args.authorId, at, at, i % 97 === 0 ? at : null);
          versions.push(versionId, args.clientId, id, c.text, c.type, c.options, c.key);
          versions.push(c.difficulty, tags, args.authorId, 'bench-device', at);
        }
        const n = last - chunk;
        await client.run(
          `INSERT INTO questions (id, client_id, question_text, question_type, options, correct_answer, difficulty, tags, current_version_id, created_by, created_at, updated_at, deleted_at)
           VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          ...heads,
        );
        await client.run(
          `INSERT INTO question_versions (id, client_id, question_id, version, question_text, question_type, options, correct_answer, difficulty, tags, created_by, device_id, created_at)
           VALUES ${Array.from({ length: n }, () => '(?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          ...versions,
        );
      }
      await client.exec('COMMIT');
    } catch (error) {
      await client.exec('ROLLBACK');
      throw error;
    }
  }
}
