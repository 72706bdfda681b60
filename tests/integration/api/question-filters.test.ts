import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { readDemoIds } from '../../helpers/fixtures';

describe('questions.list filtered by test', () => {
  it('lists exactly the questions linked to that test', async () => {
    const core = await createTestCore();
    const ids = await readDemoIds(core);
    const author = await signedIn(core, 'author');
    const linked = (await core.database.client.all(
      'SELECT question_id FROM test_questions WHERE test_id = ? AND deleted_at IS NULL',
      ids.draftTestId,
    )) as Array<{ question_id: string }>;
    expect(linked).toHaveLength(6);

    const list = await author.ok('questions.list', { testId: ids.draftTestId });

    expect(list.items.map((q) => q.id).sort()).toEqual(linked.map((l) => l.question_id).sort());
    expect(list.total).toBe(6);
  });
});
