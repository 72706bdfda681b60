import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  gap: 'Trou {position}',
  missingGap: '[trou {position}]',
  choose: 'Choisir…',
  notNumbers: '{gaps} : pas encore un nombre, donc pas enregistré comme tel.',
};
