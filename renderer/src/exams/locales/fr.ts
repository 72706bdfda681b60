import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  yourAnswer: 'Votre réponse',
  numericLabel: 'Votre réponse (un nombre)',
  numericHint: 'Des chiffres, avec un point pour les décimales.',
  numericHintComma: 'Des chiffres, avec une virgule ou un point pour les décimales.',
  notANumber: 'Ce n’est pas encore un nombre : il n’est pas enregistré.',
  ambiguousNumber:
    '{text} peut se lire comme un nombre décimal ou avec un séparateur de milliers : il n’est pas enregistré. Écrivez-le sans séparateur, ou avec {decimal} pour les décimales.',
  true: 'Vrai',
  false: 'Faux',
  words: '{count, plural, one {# mot} many {# mots} other {# mots}}',
  atLeast: ' · au moins {count}',
  atMost: ' · au plus {count}',
  overLimit: ' — au-delà de la limite',
  underMinimum: ' — sous le minimum',
  typeSingleChoice: 'Choix unique',
  typeMultipleResponse: 'Réponses multiples',
  typeTrueFalse: 'Vrai / faux',
  typeShortAnswer: 'Réponse courte',
  typeNumeric: 'Numérique',
  typeEssay: 'Rédaction',
  typeMatching: 'Association',
  typeOrdering: 'Classement',
  typeCloze: 'Texte à trous',
  typeDescription: 'Description',
  questionNumber: 'Question {number} <of>sur {total}</of>',
  nothingToAnswer: 'rien à répondre',
  marks: '{count, plural, one {# point} many {# points} other {# points}}',
};
