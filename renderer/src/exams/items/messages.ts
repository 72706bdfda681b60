import { defineMessages } from '../../i18n/catalogue';

export const messages = defineMessages({
  gap: { id: 'exams.items.gap', defaultMessage: 'Gap {position}' },
  missingGap: { id: 'exams.items.missingGap', defaultMessage: '[gap {position}]' },
  choose: { id: 'exams.items.choose', defaultMessage: 'Choose…' },
  notNumbers: {
    id: 'exams.items.notNumbers',
    defaultMessage: '{gaps}: not a number yet, so not saved as one.',
  },
});
