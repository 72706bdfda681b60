import { currentIntl } from '../i18n/intl';
import { translatedLabels } from '../i18n/translated-labels';
import { messages } from './messages';

/** The words of the exam screen's frame, in the active language on every read. */
export const examText = translatedLabels({
  skipToQuestion: messages.skipToQuestion,
  paletteLabel: messages.paletteLabel,
  paletteHint: messages.paletteHint,
  answered: messages.stateAnswered,
  /** A description: read, never answered. */
  information: messages.stateInformation,
  notAnswered: messages.stateNotAnswered,
  flagged: messages.stateFlagged,
  current: messages.stateCurrent,
  legendAnswered: messages.legendAnswered,
  legendNotAnswered: messages.legendNotAnswered,
  legendFlagged: messages.legendFlagged,
  saveFailed: messages.saveFailed,
  saveRecovered: messages.saveRecovered,
  tenMinutes: messages.tenMinutes,
  oneMinute: messages.oneMinute,
  dismiss: messages.dismiss,
});

const breakWords = translatedLabels({
  region: messages.breakRegion,
  ask: messages.breakAsk,
  waiting: messages.breakWaiting,
  approved: messages.breakApproved,
  withdraw: messages.breakWithdraw,
  heading: messages.breakHeading,
  leftLabel: messages.breakLeftLabel,
  whenUsed: messages.breakWhenUsed,
  back: messages.breakBack,
  timerPaused: messages.timerPaused,
});

/** The words of rest breaks on the exam screen. */
export const breakText = {
  get region() {
    return breakWords.region;
  },
  available: (left: string) => currentIntl().formatMessage(messages.breakAvailable, { left }),
  get ask() {
    return breakWords.ask;
  },
  get waiting() {
    return breakWords.waiting;
  },
  get approved() {
    return breakWords.approved;
  },
  get withdraw() {
    return breakWords.withdraw;
  },
  get heading() {
    return breakWords.heading;
  },
  paused: (left: string | null) =>
    left === null
      ? currentIntl().formatMessage(messages.breakPaused)
      : currentIntl().formatMessage(messages.breakPausedAt, { left }),
  get leftLabel() {
    return breakWords.leftLabel;
  },
  get whenUsed() {
    return breakWords.whenUsed;
  },
  get back() {
    return breakWords.back;
  },
  get timerPaused() {
    return breakWords.timerPaused;
  },
};
