import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  admin: 'Administration',
  overview: 'Vue d’ensemble',
  questions: 'Banque de questions',
  tests: 'Épreuves',
  results: 'Résultats',
  proctor: 'Console de surveillance',
  people: 'Personnes',
  audit: 'Journal d’audit',
  settings: 'Organisation',
  sync: 'Synchronisation',
  backup: 'Sauvegarde',
};
