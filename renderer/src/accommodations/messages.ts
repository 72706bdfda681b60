import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  timesTheTime: { id: 'accommodations.timesTheTime', defaultMessage: '{multiplier} × the time' },
  extraMinutes: {
    id: 'accommodations.extraMinutes',
    defaultMessage: '{count, plural, one {# extra minute} other {# extra minutes}}',
  },
  restBreakMinutes: {
    id: 'accommodations.restBreakMinutes',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}} of rest breaks',
  },
  extraAttempts: {
    id: 'accommodations.extraAttempts',
    defaultMessage: '{count, plural, one {# extra attempt} other {# extra attempts}}',
  },
  ownWindow: { id: 'accommodations.ownWindow', defaultMessage: 'own window: {window}' },
  savedFor: { id: 'accommodations.savedFor', defaultMessage: 'Saved for {test}.' },
  everyTest: { id: 'accommodations.everyTest', defaultMessage: 'every test' },
  everyTestTitle: { id: 'accommodations.everyTestTitle', defaultMessage: 'Every test' },
  title: { id: 'accommodations.title', defaultMessage: 'Accommodations for {name}' },
  close: { id: 'accommodations.close', defaultMessage: 'Close' },
  lede: {
    id: 'accommodations.lede',
    defaultMessage:
      'Extra time, a window of their own, extra attempts and rest breaks, for every test or for one. Attempts already started keep what they were given.',
  },
  loadFailed: {
    id: 'accommodations.loadFailed',
    defaultMessage: 'Accommodations could not be loaded',
  },
  loading: { id: 'accommodations.loading', defaultMessage: 'Loading accommodations…' },
  noneYet: { id: 'accommodations.noneYet', defaultMessage: 'None yet' },
  noneYetBody: {
    id: 'accommodations.noneYetBody',
    defaultMessage: '{name} sits every test with its own time, window and attempts.',
  },
  caption: { id: 'accommodations.caption', defaultMessage: 'Accommodations of {name}' },
  columnFor: { id: 'accommodations.columnFor', defaultMessage: 'For' },
  columnGrants: { id: 'accommodations.columnGrants', defaultMessage: 'Grants' },
  columnNote: { id: 'accommodations.columnNote', defaultMessage: 'Note' },
  columnLastSet: { id: 'accommodations.columnLastSet', defaultMessage: 'Last set' },
  columnActions: { id: 'accommodations.columnActions', defaultMessage: 'Actions' },
  none: { id: 'accommodations.none', defaultMessage: 'None' },
  byPerson: { id: 'accommodations.byPerson', defaultMessage: ' by {name}' },
  changeFor: {
    id: 'accommodations.changeFor',
    defaultMessage: 'Change the accommodation for {test}',
  },
  removeFor: {
    id: 'accommodations.removeFor',
    defaultMessage: 'Remove the accommodation for {test}',
  },
  change: { id: 'accommodations.change', defaultMessage: 'Change' },
  remove: { id: 'accommodations.remove', defaultMessage: 'Remove' },
  changeHeading: { id: 'accommodations.changeHeading', defaultMessage: 'Change the accommodation' },
  addHeading: { id: 'accommodations.addHeading', defaultMessage: 'Add an accommodation' },
  timeMultiplier: { id: 'accommodations.timeMultiplier', defaultMessage: 'Time multiplier' },
  timeMultiplierHint: {
    id: 'accommodations.timeMultiplierHint',
    defaultMessage: '{example} is time and a half; empty for the usual time',
  },
  extraMinutesLabel: { id: 'accommodations.extraMinutesLabel', defaultMessage: 'Extra minutes' },
  extraMinutesHint: {
    id: 'accommodations.extraMinutesHint',
    defaultMessage: 'Added after the multiplier',
  },
  restBreakLabel: { id: 'accommodations.restBreakLabel', defaultMessage: 'Rest break minutes' },
  restBreakHint: {
    id: 'accommodations.restBreakHint',
    defaultMessage: 'Per attempt; a proctor approves each break',
  },
  extraAttemptsLabel: { id: 'accommodations.extraAttemptsLabel', defaultMessage: 'Extra attempts' },
  extraAttemptsHint: {
    id: 'accommodations.extraAttemptsHint',
    defaultMessage: 'On top of the test’s own',
  },
  openingTime: { id: 'accommodations.openingTime', defaultMessage: 'Their own opening time' },
  closingTime: { id: 'accommodations.closingTime', defaultMessage: 'Their own closing time' },
  note: { id: 'accommodations.note', defaultMessage: 'Note (for staff)' },
  save: { id: 'accommodations.save', defaultMessage: 'Save accommodation' },
  removeTitle: { id: 'accommodations.removeTitle', defaultMessage: 'Remove this accommodation?' },
  removeConfirm: { id: 'accommodations.removeConfirm', defaultMessage: 'Remove accommodation' },
  removeBody: {
    id: 'accommodations.removeBody',
    defaultMessage:
      '{name} no longer gets {terms} for {test}. Attempts already started keep what they were given; the removal is kept in the audit trail.',
  },
  notANumber: {
    id: 'accommodations.notANumber',
    defaultMessage: '{field}: {text} is not a number.',
  },
  ambiguousNumber: {
    id: 'accommodations.ambiguousNumber',
    defaultMessage:
      '{field}: {text} could be a decimal or a thousands separator. Write it without the separator, or with {decimal} for decimals.',
  },
});
