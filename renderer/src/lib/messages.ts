import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  justNow: { id: 'lib.justNow', defaultMessage: 'just now' },
  minutesAgo: {
    id: 'lib.minutesAgo',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}} ago',
  },
  hoursAgo: {
    id: 'lib.hoursAgo',
    defaultMessage: '{count, plural, one {# hour} other {# hours}} ago',
  },
  noTimeLimit: { id: 'lib.noTimeLimit', defaultMessage: 'No time limit' },
  minutes: {
    id: 'lib.minutes',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}}',
  },
  hours: { id: 'lib.hours', defaultMessage: '{count, plural, one {# hour} other {# hours}}' },
  hoursAndMinutes: {
    id: 'lib.hoursAndMinutes',
    defaultMessage:
      '{hours, plural, one {# hour} other {# hours}} {minutes, plural, one {# minute} other {# minutes}}',
  },
  untimed: { id: 'lib.untimed', defaultMessage: 'Untimed' },
  minutesShort: { id: 'lib.minutesShort', defaultMessage: '{minutes} min' },
  hoursShort: { id: 'lib.hoursShort', defaultMessage: '{hours} h' },
  hoursMinutesShort: { id: 'lib.hoursMinutesShort', defaultMessage: '{hours} h {minutes} min' },
  openNow: { id: 'lib.openNow', defaultMessage: 'Open now, no closing time' },
  openUntil: { id: 'lib.openUntil', defaultMessage: 'Open until {until}' },
  openFrom: { id: 'lib.openFrom', defaultMessage: 'From {from}, no closing time' },
  openBetween: { id: 'lib.openBetween', defaultMessage: '{from} – {until}' },
  anyTime: { id: 'lib.anyTime', defaultMessage: 'any time' },
  until: { id: 'lib.until', defaultMessage: 'until {until}' },
  from: { id: 'lib.from', defaultMessage: 'from {from}' },
  roleAdmin: { id: 'lib.roleAdmin', defaultMessage: 'Administrator' },
  roleAuthor: { id: 'lib.roleAuthor', defaultMessage: 'Author' },
  roleProctor: { id: 'lib.roleProctor', defaultMessage: 'Proctor' },
  roleStudent: { id: 'lib.roleStudent', defaultMessage: 'Student' },
  attemptInProgress: { id: 'lib.attemptInProgress', defaultMessage: 'In progress' },
  attemptSubmitted: { id: 'lib.attemptSubmitted', defaultMessage: 'Submitted' },
  attemptNeedsGrading: { id: 'lib.attemptNeedsGrading', defaultMessage: 'Needs grading' },
  attemptGraded: { id: 'lib.attemptGraded', defaultMessage: 'Graded' },
  documentTitle: { id: 'lib.documentTitle', defaultMessage: '{screen} — Exam Desk' },
  productName: { id: 'lib.productName', defaultMessage: 'Exam Desk' },
});
