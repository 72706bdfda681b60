import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  signInTitle: 'Connexion',
  lede: 'Utilisez l’adresse e-mail et le mot de passe que votre organisation vous a donnés.',
  updateNeededTitle: 'Mise à jour nécessaire.',
  updateNeeded:
    'Les données de cet ordinateur sont plus récentes que cette application. Demandez à votre administrateur de mettre à jour Exam Desk.',
  email: 'E-mail',
  password: 'Mot de passe',
  capsLock: 'Le verrouillage des majuscules est activé.',
  signingIn: 'Connexion…',
  signIn: 'Se connecter',
  footnote:
    'Exam Desk fonctionne sans réseau. Votre travail est d’abord enregistré sur cet ordinateur.',
  demoTitle: 'Comptes de démonstration',
  demoLede:
    '{organisation} est une organisation de démonstration. Chaque compte ci-dessous utilise le mot de passe <code>{password}</code> ; choisissez-en un pour le remplir.',
};
