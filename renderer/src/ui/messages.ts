import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  loadFailed: { id: 'ui.loadFailed', defaultMessage: 'This could not be loaded' },
  tryAgain: { id: 'ui.tryAgain', defaultMessage: 'Try again' },
  cancel: { id: 'ui.cancel', defaultMessage: 'Cancel' },
  previousPage: { id: 'ui.previousPage', defaultMessage: 'Previous page' },
  nextPage: { id: 'ui.nextPage', defaultMessage: 'Next page' },
});
