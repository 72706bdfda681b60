import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  title: 'Organisation',
  lede: 'L’apparence de votre organisation sur les écrans d’examen des élèves, et son abonnement.',
  loading: 'Chargement…',
  details: 'Informations',
  name: 'Nom',
  address: 'Adresse',
  logo: 'Logo (PNG, JPEG, SVG ou WebP, affiché sur les écrans d’examen)',
  remoteLogoNote:
    'Le logo enregistré est une adresse web, que l’application ne charge pas. Choisissez le fichier image pour l’afficher.',
  language: 'Langue des écrans de tous',
  languageHint: 'Un élève peut en choisir une autre dans les réglages d’affichage.',
  currentLogo: 'Logo actuel',
  removeLogo: 'Supprimer le logo',
  saveDetails: 'Enregistrer les informations',
  deactivate: 'Désactiver l’organisation',
  reactivate: 'Réactiver l’organisation',
  inactiveHint: 'Une organisation inactive peut se connecter et consulter, rien de plus.',
  confirmTitle: 'Désactiver {name} ?',
  confirmBody:
    'Tout passe en lecture seule pour toute l’organisation, sur chaque ordinateur dès sa synchronisation : personne ne peut commencer un examen, enregistrer des réponses, rédiger des questions ou modifier les personnes. La connexion et la consultation fonctionnent toujours. Vous pouvez la réactiver ici à tout moment.',
  deactivated: 'L’organisation est désactivée : tout est en lecture seule.',
  undo: 'Annuler : réactiver',
};
