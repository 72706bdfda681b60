import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  reasonScheduled: 'Planifiée',
  reasonManual: 'Prise à la main',
  reasonPreMigration: 'Avant une mise à jour de la base de données',
  reasonPreEnrolment: 'Avant un changement d’inscription',
  reasonPreRestore: 'Avant une restauration',
  reasonPreRecovery: 'Avant une récupération',
  bytes: '{size} o',
  kilobytes: '{size} Ko',
  megabytes: '{size} Mo',
  alreadyImported: 'Ce fichier de secours de {device} a déjà été importé ; rien n’a changé.',
  alreadyImportedAt:
    'Ce fichier de secours de {device} a déjà été importé ({when}) ; rien n’a changé.',
  imported:
    'Fichier de secours de {device} importé : {added, plural, one {# ligne ajoutée} many {# lignes ajoutées} other {# lignes ajoutées}}, {updated, plural, one {# mise à jour} many {# mises à jour} other {# mises à jour}} vers la version plus récente du fichier. Elles se synchronisent avec l’organisation en même temps que les modifications de cet ordinateur.',
  wrote:
    'Fichier de secours de {device} écrit ({attempts, plural, one {# tentative} many {# tentatives} other {# tentatives}} avec {answers, plural, one {# réponse} many {# réponses} other {# réponses}} pas encore envoyées), {where}. Importez-le sur n’importe quel ordinateur inscrit de l’organisation.',
  savedAs: 'enregistré sous {path}',
  downloadedAs: 'téléchargé sous le nom {file}',
  snapshotTaken: 'Instantané pris ({size}).',
  restored:
    'Instantané du {name} restauré. La base de données telle qu’elle était est conservée sous {keptAs}. Veuillez vous reconnecter.',
  title: 'Sauvegarde et récupération',
  lede: 'Cet ordinateur garde des instantanés de sa base de données : toutes les 15 minutes, et avant chaque mise à jour de la base et chaque changement d’inscription. Ils sont conservés une semaine (ceux pris avant un changement, 30 jours).',
  snapshotsHere: 'Instantanés sur cet ordinateur',
  taking: 'Prise d’un instantané…',
  takeNow: 'Prendre un instantané maintenant',
  loading: 'Chargement des instantanés…',
  noSnapshots: 'Aucun instantané pour l’instant',
  snapshots: 'Instantanés',
  taken: 'Pris le',
  why: 'Motif',
  size: 'Taille',
  check: 'Contrôle',
  actions: 'Actions',
  whole: 'intact',
  damaged: 'endommagé',
  problemSeparator: '; ',
  restoreSnapshotOf: 'Restaurer l’instantané du {when}',
  restoreEllipsis: 'Restaurer…',
  importRescue: 'Importer un fichier de secours',
  importHelp:
    'Un ordinateur tombé en panne avec des réponses jamais envoyées : écrivez ci-dessus un fichier de secours de son dossier de données (ou lancez <code>npm run rescue -- DATA_FOLDER --out FILE</code> dessus), puis importez le fichier ici. Importer deux fois le même fichier ne change rien.',
  rescueFile: 'Fichier de secours',
  dialogClosed: 'Rien n’a été écrit : la fenêtre a été fermée.',
  couldNotRead: 'Illisible : {problem}',
  unregisteredKey:
    'Cet ordinateur n’a jamais enregistré sa clé de signature auprès de l’organisation : les autres ordinateurs refuseront ce fichier.',
  writeRescue: 'Écrire un fichier de secours',
  writeHelp:
    'Un fichier signé des réponses et tentatives qu’un ordinateur n’a pas encore envoyées à l’organisation, qu’un autre ordinateur importera quand le réseau est coupé ou que l’ordinateur est hors service.',
  saveThis: 'Enregistrer un fichier de secours de cet ordinateur…',
  downloadThis: 'Télécharger un fichier de secours de cet ordinateur',
  rescueOther: 'Secourir le dossier de données d’un autre ordinateur…',
  otherFolder: 'Dossier de données d’un autre ordinateur',
  folderHint: 'Le chemin complet du dossier qui contient ses fichiers exam.db et device.json.',
  rescueFolder: 'Secourir ce dossier',
  restoreTitle: 'Restaurer cet instantané ?',
  cancel: 'Annuler',
  restoring: 'Restauration…',
  restore: 'Restaurer',
  restoreBody:
    'La base de données de cet ordinateur revient à son état du <strong>{when}</strong>. Le travail fait sur cet ordinateur depuis et pas encore envoyé au serveur de l’organisation n’y figure plus.',
  keptFirst:
    'La base de données actuelle est d’abord conservée en instantané : l’opération peut être annulée.',
  bothChecked: 'Les deux sont vérifiées par le moteur de base de données avant et après.',
  signInAgain: 'Toutes les personnes connectées sur cet ordinateur se reconnectent.',
  syncedNote:
    'Les modifications que le serveur a déjà ne sont pas renvoyées ; la prochaine synchronisation rapporte tout ce qui est plus récent sur le serveur.',
};
