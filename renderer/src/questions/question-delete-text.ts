import type { TestUsingQuestion } from '@shared/domain/tests';
import { currentIntl } from '../i18n/intl';
import { messages } from './messages';
import { testStateWords } from './question-words';

/** The words of deleting a question, in the active language at each read. */
export const questionDeleteText = {
  get title() {
    return currentIntl().formatMessage(messages.deleteTitle);
  },
  get body() {
    return currentIntl().formatMessage(messages.deleteBody);
  },
  inPublished: (count: number) => currentIntl().formatMessage(messages.inPublished, { count }),
  get usedIn() {
    return currentIntl().formatMessage(messages.usedIn);
  },
  testLine: (t: TestUsingQuestion) =>
    currentIntl().formatMessage(messages.testLine, {
      name: t.name,
      status: testStateWords[t.status],
    }),
  get checking() {
    return currentIntl().formatMessage(messages.checking);
  },
  get confirm() {
    return currentIntl().formatMessage(messages.confirmDelete);
  },
  get deleted() {
    return currentIntl().formatMessage(messages.deletedNotice);
  },
  get undo() {
    return currentIntl().formatMessage(messages.undo);
  },
};
