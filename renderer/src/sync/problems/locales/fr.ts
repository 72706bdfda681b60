import type { Translations } from '../../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  paused: 'La synchronisation est désactivée : cet ordinateur n’est pas inscrit.',
  busy: 'Cet ordinateur était occupé à enregistrer du travail ; la synchronisation réessaiera dans un instant.',
  constraint:
    'Une modification de cet ordinateur entre en conflit avec une autre déjà sur le serveur (la même valeur saisie sur deux ordinateurs). Elle a été mise de côté pour qu’un administrateur l’examine.',
  plainToken:
    'Le jeton de synchronisation est conservé non chiffré dans device.json alors que cet ordinateur dispose d’un trousseau, et il n’a pas pu être chiffré avec. Redémarrez l’application pour réessayer, ou inscrivez de nouveau cet ordinateur.',
  tokenRefused:
    'Le serveur a refusé le jeton de cet ordinateur. Un administrateur doit le réinscrire avec un jeton valide.',
  notFound:
    'Il n’y a pas de base de l’organisation à l’adresse inscrite. Vérifiez l’URL de synchronisation.',
  timeout: 'Le serveur a mis trop de temps à répondre. La synchronisation réessaiera bientôt.',
  offline:
    'Pas de connexion au serveur de synchronisation. Le travail est enregistré sur cet ordinateur et sera envoyé plus tard.',
  server:
    'Le serveur de synchronisation a rencontré un problème. La synchronisation réessaiera bientôt.',
  tooLarge:
    'Une modification en attente sur cet ordinateur est trop volumineuse pour être envoyée en une fois : la synchronisation est suspendue. Le travail enregistré ici y reste et l’application continue de fonctionner ; un administrateur peut utiliser « Exporter les modifications non envoyées » dans le panneau de synchronisation et contacter le support.',
  unknown:
    'La synchronisation a échoué pour une raison inattendue. Elle réessaiera ; les détails sont dans l’historique de synchronisation.',
};
