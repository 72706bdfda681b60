import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  playsLeft:
    '{count, plural, one {# écoute restante} many {# écoutes restantes} other {# écoutes restantes}}',
  lastPlay: 'C’est la dernière écoute',
  noPlaysLeft: 'Plus aucune écoute',
  cannotPlay: 'L’extrait n’a pas pu être lu sur cet ordinateur.',
  notCounted: 'L’écoute n’a pas pu être comptée, l’extrait n’a donc pas démarré. Réessayez.',
  cannotLoad: 'L’extrait n’a pas pu être chargé.',
  pause: 'Pause',
  resume: 'Reprendre',
  play: 'Écouter',
  position: 'Position',
  positionOf: '{position} sur {duration}',
  loadingClip: 'Chargement de l’extrait…',
  clipMissing: 'L’extrait n’est pas disponible.',
  loadingImage: 'Chargement de l’image…',
  imageMissing: 'Image indisponible : {alt}',
  enlargeImage: 'Agrandir l’image : {alt}',
  image: 'Image',
  close: 'Fermer',
  audioClip: 'Extrait audio',
  audioClipNumbered: 'Extrait audio {n}',
};
