import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  enrolTitle: 'Inscrire cet ordinateur',
  enrolText:
    'Votre organisation utilise déjà Exam Desk : rejoignez sa base de données avec l’URL de synchronisation et le jeton, ou un fichier d’inscription, fournis par votre administrateur.',
  createTitle: 'Créer une organisation',
  createText:
    'Le premier ordinateur d’une nouvelle organisation : nommez-la et créez son premier administrateur.',
  demoTitle: 'Ouvrir la démo',
  demoText:
    'Des données d’exemple pour découvrir l’application. Leurs mots de passe sont publics : elles ne servent jamais à de vrais examens et ne peuvent pas être publiées comme organisation.',
  title: 'Configurer cet ordinateur',
  lede: 'Cet ordinateur ne contient encore aucune organisation. Choisissez comment commencer ; rien n’est configuré tant que vous n’avez pas terminé l’une de ces options.',
  provisionEnrolling: 'Inscription depuis le fichier préinstallé…',
  provisionFailed: 'L’inscription préinstallée n’a pas fonctionné.',
  provisionUsing: 'Utilisation de {path}, placé sur cet ordinateur par votre service informatique.',
  provisionRetry:
    ' Elle est retentée à chaque démarrage de l’application ; vous pouvez aussi vous inscrire à la main ci-dessous.',
  pathsLabel: 'Comment configurer cet ordinateur',
  demoWarningTitle: 'Une démo, pas une organisation.',
  demoWarning:
    'Les mots de passe et codes PIN de l’organisation de démonstration figurent dans le README. Servez-vous-en pour découvrir l’application ; pour de vrais examens, configurez de nouveau cet ordinateur avec un nouveau dossier de données.',
  opening: 'Ouverture…',
  organisationName: 'Nom de l’organisation',
  yourName: 'Votre nom',
  yourEmail: 'Votre adresse e-mail',
  password: 'Mot de passe',
  proctorPin: 'Code PIN de surveillant',
  pinHint: 'Saisi sur l’ordinateur d’un étudiant pour fermer un examen verrouillé. {rule}',
  creating: 'Création…',
  create: 'Créer l’organisation',
  enrolled:
    'Cet ordinateur contient maintenant les données de {organisation}. Connectez-vous avec votre compte de l’organisation.',
  yourOrganisation: 'votre organisation',
  syncUrl: 'URL de synchronisation',
  authToken: 'Jeton d’authentification',
  computerName: 'Nom de l’ordinateur',
  computerNameHint: 'Un nom que le personnel reconnaîtra, par exemple Salle 2 PC 14.',
  enrolling: 'Inscription…',
  enrol: 'Inscrire',
  useFile: 'Utiliser un fichier d’inscription…',
  enrolmentFile: 'Fichier d’inscription',
};
