import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  loadFailed: 'Le chargement a échoué',
  tryAgain: 'Réessayer',
  cancel: 'Annuler',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
};
