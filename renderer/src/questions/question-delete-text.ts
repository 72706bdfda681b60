import { testStatusLabels } from '../lib/labels';
import type { TestUsingQuestion } from '@shared/domain/tests';

/** The words of deleting a question, in one place so a message catalogue can take them later. */
export const questionDeleteText = {
  title: 'Delete this question?',
  body: 'It leaves the bank and can no longer be added to tests. Answers already given to it, and the results that count them, are kept. You can restore it.',
  inPublished: (n: number) =>
    n === 1
      ? 'It is in a published test. Students who start that test still get it, but the test cannot be published again with a deleted question until you restore it or take it out.'
      : `It is in ${n} published tests. Students who start them still get it, but those tests cannot be published again with a deleted question until you restore it or take it out.`,
  usedIn: 'Tests that list it:',
  testLine: (t: TestUsingQuestion) => `${t.name} (${testStatusLabels[t.status].toLowerCase()})`,
  checking: 'Checking which tests use it…',
  confirm: 'Delete question',
  deleted: 'Question deleted.',
  undo: 'Undo',
} as const;
