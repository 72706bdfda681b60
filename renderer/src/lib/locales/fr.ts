import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  justNow: 'à l’instant',
  minutesAgo: 'il y a {count, plural, one {# minute} many {# minutes} other {# minutes}}',
  hoursAgo: 'il y a {count, plural, one {# heure} many {# heures} other {# heures}}',
  noTimeLimit: 'Sans limite de temps',
  minutes: '{count, plural, one {# minute} many {# minutes} other {# minutes}}',
  hours: '{count, plural, one {# heure} many {# heures} other {# heures}}',
  hoursAndMinutes:
    '{hours, plural, one {# heure} many {# heures} other {# heures}} {minutes, plural, one {# minute} many {# minutes} other {# minutes}}',
  untimed: 'Sans limite',
  minutesShort: '{minutes} min',
  hoursShort: '{hours} h',
  hoursMinutesShort: '{hours} h {minutes} min',
  openNow: 'Ouvert maintenant, sans heure de fermeture',
  openUntil: 'Ouvert jusqu’au {until}',
  openFrom: 'À partir du {from}, sans heure de fermeture',
  openBetween: '{from} – {until}',
  anyTime: 'à tout moment',
  until: 'jusqu’au {until}',
  from: 'à partir du {from}',
  roleAdmin: 'Administrateur',
  roleAuthor: 'Auteur',
  roleProctor: 'Surveillant',
  roleStudent: 'Étudiant',
  attemptInProgress: 'En cours',
  attemptSubmitted: 'Remis',
  attemptNeedsGrading: 'À corriger',
  attemptGraded: 'Corrigé',
  documentTitle: '{screen} — Exam Desk',
  productName: 'Exam Desk',
};
