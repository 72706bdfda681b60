import { currentIntl } from '../i18n/intl';
import { messages } from './messages';

const say = (message: (typeof messages)[keyof typeof messages]) =>
  currentIntl().formatMessage(message);

/** The words of the Organisation screen in the active language; each read formats anew. */
export const organisationText = {
  get deactivate() {
    return say(messages.deactivate);
  },
  get reactivate() {
    return say(messages.reactivate);
  },
  get inactiveHint() {
    return say(messages.inactiveHint);
  },
  confirmTitle: (name: string) => currentIntl().formatMessage(messages.confirmTitle, { name }),
  get confirmBody() {
    return say(messages.confirmBody);
  },
  get deactivated() {
    return say(messages.deactivated);
  },
  get undo() {
    return say(messages.undo);
  },
};
