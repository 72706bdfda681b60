import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  title: 'Vue d’ensemble',
  lede: '{organisation} en un coup d’œil.',
  tests: 'Épreuves',
  testCount: '{count, plural, one {# épreuve} many {# épreuves} other {# épreuves}}',
  openTests: 'Ouvrir les épreuves',
  testsError: 'Les épreuves n’ont pas pu être chargées',
  loadingTests: 'Chargement des épreuves…',
  noTestsYet: 'Aucune épreuve pour l’instant',
  noTestsBody: 'Les épreuves composées à partir de la banque de questions apparaissent ici.',
  questionBank: 'Banque de questions',
  questionsInBank: 'Questions dans la banque',
  notCountingDeleted: 'Sans compter les questions supprimées',
  people: 'Personnes',
  examsInProgress: 'Examens en cours',
  startedNotSubmitted: 'Commencés et pas encore remis',
  noneYet: 'Aucune pour l’instant',
  statusCount: '{count, number} {status}',
  breakdownSeparator: ' · ',
  noActiveAccounts: 'Aucun compte actif',
  admins:
    '{count, plural, one {# administrateur} many {# administrateurs} other {# administrateurs}}',
  authors: '{count, plural, one {# auteur} many {# auteurs} other {# auteurs}}',
  proctors: '{count, plural, one {# surveillant} many {# surveillants} other {# surveillants}}',
  students: '{count, plural, one {# élève} many {# élèves} other {# élèves}}',
  couldNotCount: 'Comptage impossible',
};
