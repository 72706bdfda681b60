import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  statusActive: 'Actif',
  statusTrial: 'Essai',
  statusPastDue: 'Paiement en retard',
  statusCancelled: 'Résilié',
  statusExpired: 'Expiré',
  planAndUsage: 'Forfait et utilisation',
  loading: 'Chargement…',
  plan: 'Forfait',
  none: 'Aucun',
  status: 'Statut',
  renews: 'Renouvellement',
  gracePeriod: 'Délai de grâce',
  graceDays:
    '{days, plural, one {# jour} many {# jours} other {# jours}} après la date de fin, puis lecture seule',
  itemAnalysis: 'Analyse des questions',
  included: 'Inclus',
  notIncluded: 'Non inclus',
  usageCaption: 'Utilisation par rapport aux limites du forfait',
  limit: 'Limite',
  used: 'Utilisé',
  allowed: 'Autorisé',
  shareUsed: 'Part utilisée',
  unlimited: 'Illimité',
  noPayments:
    'Exam Desk ne traite aucun paiement : les changements de forfait et les renouvellements se règlent avec nous et arrivent avec la prochaine synchronisation.',
  limitStudents: 'étudiants',
  limitPublishedTests: 'tests publiés',
  limitDevices: 'appareils',
  limitQuestions: 'questions de la banque',
};
