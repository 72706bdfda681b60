import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  gap: 'Trou {position}',
  missingGap: '[trou {position}]',
  choose: 'Choisir…',
  notNumbers: '{gaps} : pas encore un nombre, donc pas enregistré comme tel.',
  responses: 'Réponses',
  matchingHint: 'Choisissez la réponse qui correspond à chaque élément.',
  chooseResponse: 'Choisissez une réponse',
  lettered: '{letter}. {text}',
  orderingHint:
    'Mettez les éléments dans l’ordre. Utilisez les boutons Monter et Descendre d’un élément, les flèches sur sa poignée, ou faites glisser la poignée.',
  movedTo: '{item} déplacé en position {position} sur {count}.',
  position: '(position {position} sur {count})',
  moveUp: 'Monter',
  moveDown: 'Descendre',
};
