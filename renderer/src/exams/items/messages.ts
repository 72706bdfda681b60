import { defineMessages } from '../../i18n/catalogue';

export const messages = defineMessages({
  gap: { id: 'exams.items.gap', defaultMessage: 'Gap {position}' },
  missingGap: { id: 'exams.items.missingGap', defaultMessage: '[gap {position}]' },
  choose: { id: 'exams.items.choose', defaultMessage: 'Choose…' },
  notNumbers: {
    id: 'exams.items.notNumbers',
    defaultMessage: '{gaps}: not a number yet, so not saved as one.',
  },
  responses: { id: 'exams.items.responses', defaultMessage: 'Responses' },
  matchingHint: {
    id: 'exams.items.matchingHint',
    defaultMessage: 'Choose the matching response for each item.',
  },
  chooseResponse: { id: 'exams.items.chooseResponse', defaultMessage: 'Choose a response' },
  lettered: { id: 'exams.items.lettered', defaultMessage: '{letter}. {text}' },
  orderingHint: {
    id: 'exams.items.orderingHint',
    defaultMessage:
      'Put the items in order. Use an item’s Move up and Move down buttons, the arrow keys on its handle, or drag the handle.',
  },
  movedTo: {
    id: 'exams.items.movedTo',
    defaultMessage: '{item} moved to position {position} of {count}.',
  },
  position: { id: 'exams.items.position', defaultMessage: '(position {position} of {count})' },
  moveUp: { id: 'exams.items.moveUp', defaultMessage: 'Move up' },
  moveDown: { id: 'exams.items.moveDown', defaultMessage: 'Move down' },
});
