import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  skipToContent: 'Aller au contenu',
  notices: 'Avis',
  readOnly: 'Lecture seule.',
  proctorPin: 'Code PIN du surveillant',
  signOut: 'Se déconnecter',
  signOutFailed: 'Impossible de se déconnecter.',
  demoRegion: 'Organisation de démonstration',
  demoTitle: 'Organisation de démonstration.',
  demoBody:
    'Données d’exemple dont les mots de passe et les codes PIN sont publics : pas pour de vrais examens.',
  demoNotPublishable: ' Elle ne peut pas être publiée comme organisation.',
  productMode: 'Exam Desk · {mode}',
  productVersion: 'Exam Desk {version}',
  product: 'Exam Desk',
  statusBar: 'Barre d’état',
  syncPrefix: 'Synchronisation : ',
  hintLocalOnly:
    'Cet ordinateur n’est inscrit auprès d’aucun serveur d’organisation. Tout est enregistré sur cet ordinateur.',
  hintOnline: 'Connecté. Les modifications sont envoyées dès leur enregistrement.',
  hintOffline:
    'Pas de connexion. Le travail est enregistré sur cet ordinateur et envoyé au retour du réseau.',
  hintSyncing: 'Envoi et réception des modifications.',
  hintError: 'Synchronisation arrêtée. Le travail reste enregistré sur cet ordinateur.',
  updateRequired:
    'Mettez l’application à jour : les données de cette organisation sont plus récentes',
  lastSynced: 'Dernière synchronisation {when}',
  answersSaved: 'Vos réponses sont enregistrées.',
  answersWaiting:
    'Vos réponses sont enregistrées sur cet ordinateur et seront envoyées au retour du réseau.',
  starting: 'Démarrage d’Exam Desk…',
  stateLocalOnly: 'Local uniquement : pas de connexion à un serveur d’organisation',
  stateOnline: 'Synchronisé',
  stateOffline: 'Hors ligne',
  stateSyncing: 'Synchronisation…',
  stateError: 'Problème de synchronisation',
  pendingChanges:
    '{count, plural, one {# modification en attente} many {# modifications en attente} other {# modifications en attente}} de synchronisation',
};
