import { currentIntl } from '../i18n/intl';
import { messages } from './messages';

const say = (message: (typeof messages)[keyof typeof messages]) =>
  currentIntl().formatMessage(message);

/** The words of the test builder in the active language; each read formats anew. */
export const testsText = {
  get newTest() {
    return say(messages.newTest);
  },
  get newTestLede() {
    return say(messages.newTestLede);
  },
  get breadcrumb() {
    return say(messages.breadcrumb);
  },
  get unsaved() {
    return say(messages.unsaved);
  },
  get unsavedHint() {
    return say(messages.unsavedHint);
  },
  get allSaved() {
    return say(messages.allSaved);
  },
  get notCreated() {
    return say(messages.notCreated);
  },
  get create() {
    return say(messages.create);
  },
  get creating() {
    return say(messages.creating);
  },
  get save() {
    return say(messages.save);
  },
  get saving() {
    return say(messages.saving);
  },
  get discard() {
    return say(messages.discard);
  },
  get saveFirst() {
    return say(messages.saveFirst);
  },
  get saveBeforeDraw() {
    return say(messages.saveBeforeDraw);
  },
  get checkedSaved() {
    return say(messages.checkedSaved);
  },
  counts: (questions: number, marks: number) =>
    currentIntl().formatMessage(messages.counts, { questions, marks }),
  listCounts: (questions: number, marks: number) =>
    currentIntl().formatMessage(messages.listCounts, { questions, marks }),
  get bankEmpty() {
    return say(messages.bankEmpty);
  },
  get leaveWarning() {
    return say(messages.leaveWarning);
  },
  confirm: {
    publishTitle: (name: string) => currentIntl().formatMessage(messages.publishTitle, { name }),
    get publishBody() {
      return say(messages.publishBody);
    },
    get publish() {
      return say(messages.publish);
    },
    reopenTitle: (name: string) => currentIntl().formatMessage(messages.reopenTitle, { name }),
    get reopenBody() {
      return say(messages.reopenBody);
    },
    get reopen() {
      return say(messages.reopen);
    },
    closeTitle: (name: string) => currentIntl().formatMessage(messages.closeTitle, { name }),
    get closeBody() {
      return say(messages.closeBody);
    },
    get close() {
      return say(messages.close);
    },
    archiveTitle: (name: string) => currentIntl().formatMessage(messages.archiveTitle, { name }),
    get archiveBody() {
      return say(messages.archiveBody);
    },
    get archive() {
      return say(messages.archive);
    },
    deleteTitle: (name: string) => currentIntl().formatMessage(messages.deleteTitle, { name }),
    get deleteBody() {
      return say(messages.deleteBody);
    },
    get delete() {
      return say(messages.delete);
    },
    get discardTitle() {
      return say(messages.discardTitle);
    },
    get discardBody() {
      return say(messages.discardBody);
    },
    get discard() {
      return say(messages.discard);
    },
  },
};
