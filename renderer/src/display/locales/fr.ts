import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  open: 'Affichage',
  title: 'Réglages d’affichage',
  lede: 'Ils vous suivent sur chaque ordinateur et dans vos examens.',
  saved: 'Enregistré. Vos examens s’afficheront ainsi.',
  saving: 'Enregistrement…',
  done: 'Terminé',
  textSize: 'Taille du texte',
  lineSpacing: 'Interligne',
  contrast: 'Contraste',
  theme: 'Thème',
  language: 'Langue',
  organisationLanguage: 'Celle de votre organisation ({language})',
  standard: 'Standard',
  large: 'Grand (125 %)',
  larger: 'Plus grand (150 %)',
  largest: 'Très grand (200 %)',
  wide: 'Large',
  wider: 'Plus large',
  highContrast: 'Contraste élevé',
  light: 'Clair',
  dark: 'Sombre',
};
