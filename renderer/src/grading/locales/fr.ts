import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  loading: 'Chargement des réponses à corriger…',
  essayAnswers: 'Réponses rédigées',
  waiting: 'En attente d’un correcteur',
  answerCount: '{count, plural, one {# réponse} many {# réponses} other {# réponses}}',
  hideNames: 'Masquer le nom des élèves',
  includeGraded: 'Inclure les réponses corrigées',
  nothingToGrade: 'Rien à corriger',
  allGraded: 'Chaque rédaction de cette épreuve a sa note.',
  answerBy: 'Réponse de {student}',
  aStudent: 'un élève',
  anonymous: 'Anonyme',
  studentAndQuestion: '{student} · {question}',
  noAnswer: '(pas de réponse)',
  wordCount: '{count, plural, one {# mot} many {# mots} other {# mots}}',
  atLeast: ' · au moins {count, number}',
  atMost: ' · au plus {count, number}',
  marksOutOf: 'Points (sur {max, number})',
  comment: 'Commentaire pour l’élève',
  updateGrade: 'Mettre à jour la note',
  saveGrade: 'Enregistrer la note',
};
