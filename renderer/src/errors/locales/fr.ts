import type { Translations } from '../../i18n/catalogue';
import type { messages } from '../messages';

export const translations: Translations<typeof messages> = {
  'validation.required': '{field} : ce champ est obligatoire',
  'validation.mustBeType':
    '{field} : doit être {type, select, string {du texte} number {un nombre} int {un nombre entier} boolean {oui ou non} array {une liste} object {un ensemble de champs} date {une date} bigint {un nombre entier} other {{type}}}',
  'validation.moreThan': '{field} : doit être supérieur à {limit}',
  'validation.lessThan': '{field} : doit être inférieur à {limit}',
  'validation.atLeast': '{field} : doit valoir au moins {limit}',
  'validation.atMost': '{field} : doit valoir au plus {limit}',
  'validation.notEmpty': '{field} : ne peut pas être vide',
  'validation.minCharacters':
    '{field} : au moins {count, plural, one {# caractère} many {# caractères} other {# caractères}}',
  'validation.maxCharacters':
    '{field} : au plus {count, plural, one {# caractère} many {# caractères} other {# caractères}}',
  'validation.minItems':
    '{field} : au moins {count, plural, one {# élément} many {# éléments} other {# éléments}}',
  'validation.maxItems':
    '{field} : au plus {count, plural, one {# élément} many {# éléments} other {# éléments}}',
  'validation.mustBeFormat':
    '{field} : doit être {format, select, email {une adresse e-mail} url {une adresse web} uuid {un identifiant} datetime {une date et une heure} date {une date} time {une heure} other {{format}}}',
  'validation.notExpectedForm': '{field} : n’a pas la forme attendue',
  'validation.wholeNumber': '{field} : doit être un nombre entier',
  'validation.multipleOf': '{field} : doit être un multiple de {divisor}',
  'validation.mustBeValue': '{field} : doit être {value}',
  'validation.oneOf': '{field} : doit être l’une des valeurs {values}',
  'validation.unknownField': '{field} : ce champ n’est pas accepté ici',
  'validation.notValid': '{field} : valeur non valide',
  'sentence.enterYourEmail': 'Saisissez votre adresse e-mail',
  'sentence.enterValidEmail': 'Saisissez une adresse e-mail valide',
  'sentence.enterYourPassword': 'Saisissez votre mot de passe',
  'sentence.enterAccountPassword': 'Saisissez le mot de passe de votre compte',
  'sentence.notYourPassword': 'Ce n’est pas votre mot de passe',
  'sentence.pinNotRight': 'Ce code PIN n’est pas le bon',
  'sentence.useAtLeast8': 'Utilisez au moins 8 caractères',
  'sentence.useAtMost200': 'Utilisez au plus 200 caractères',
  'sentence.useAtMost100': 'Utilisez au plus 100 caractères',
  'sentence.nameRequired': 'Un nom est obligatoire',
  'sentence.emailTaken': 'Quelqu’un utilise déjà cette adresse e-mail',
  'sentence.enterOrganisationName': 'Saisissez le nom de l’organisation',
  'sentence.enterAdminName': 'Saisissez le nom de l’administrateur',
  'sentence.enterAdminEmail': 'Saisissez l’adresse e-mail de l’administrateur',
  'sentence.organisationNeedsName': 'L’organisation doit avoir un nom',
  'sentence.fileEmpty': 'Le fichier est vide',
  'sentence.enterStartCode': 'Saisissez le code de départ donné par votre surveillant',
  'sentence.enterProctorDigits': 'Saisissez les chiffres que le surveillant vous a donnés',
  'sentence.codeNotRight': 'Ce code n’est pas le bon ; vérifiez-le avec votre surveillant',
  'sentence.sayWhy': 'Indiquez pourquoi, pour le journal d’audit',
  'sentence.reasonTooLong': 'Le motif doit faire moins de 500 caractères',
  'sentence.enterMinutes': 'Saisissez un nombre de minutes',
  'sentence.wholeMinutesOnly': 'Minutes entières uniquement',
  'sentence.atLeastOneMinute': 'Au moins 1 minute',
  'sentence.atMost600Minutes': 'Au plus 600 minutes',
  'sentence.mustBeNumber': '{field} : doit être un nombre',
  'sentence.mustBeMinutes': '{field} : doit être un nombre de minutes',
  'sentence.mustBeDateTime': '{field} : doit être une date et une heure ISO 8601',
  'sentence.mustBeLocale': '{field} : doit être en, fr ou ar',
  'sentence.questionTextRequired': 'Le texte de la question est obligatoire',
  'sentence.optionTextRequired': 'Le texte de l’option est obligatoire',
  'sentence.optionIdRequired': 'L’identifiant de l’option est obligatoire',
  'sentence.marksNotNegative': 'Les points ne peuvent pas être négatifs',
  'sentence.pickCorrectOption': 'Choisissez au moins une option correcte',
  'sentence.pairEachPremise': 'Associez chaque énoncé à une réponse',
  'sentence.twoItemsInOrder': 'Mettez au moins deux éléments dans l’ordre',
  'sentence.giveAcceptedAnswer': 'Donnez au moins une réponse acceptée',
  'sentence.acceptedAnswerBlank': 'Une réponse acceptée ne peut pas être vide',
  'sentence.addQuestion': 'Ajoutez au moins une question',
  'sentence.choiceTwoOptions': 'Une question à choix a besoin d’au moins deux options',
  'sentence.enterSyncUrl': 'Saisissez l’URL de synchronisation',
  'sentence.enterAuthToken': 'Saisissez le jeton d’accès',
  'sentence.nameThisComputer': 'Donnez à cet ordinateur un nom que le personnel reconnaîtra',
  'sentence.dataFolderEmpty': 'Indiquez le dossier de données',
  'sentence.noSuchStudent': 'Cet étudiant n’existe pas dans votre organisation',
  'sentence.sealedNeedsRelease':
    'Une épreuve scellée a besoin d’une heure de début (disponible à partir de) ou d’un code de départ, car c’est l’un d’eux qui libère ses questions',
  'api.wrongCredentials': 'L’adresse e-mail ou le mot de passe n’est pas correct',
  'api.signInFirst': 'Veuillez d’abord vous connecter',
  'api.roleCannot':
    'Votre rôle ({role, select, admin {administrateur} proctor {surveillant} student {étudiant} other {{role}}}) ne permet pas de faire cela',
  'api.idleSignOut':
    'Vous avez été déconnecté après {minutes, plural, one {# minute} many {# minutes} other {# minutes}} sans activité. Reconnectez-vous pour continuer.',
  'api.internal':
    'Un problème est survenu sur cet ordinateur. Votre travail est enregistré ; veuillez réessayer.',
  'api.alreadySetUp':
    'Cet ordinateur est déjà configuré pour une organisation. Connectez-vous plutôt.',
  'api.notAnswering':
    'Le service d’examen de cet ordinateur ne répond pas. Vos réponses enregistrées sont en sécurité ; nouvelle tentative en cours.',
  'found.thing':
    '{thing, select, person {Personne} test {Épreuve} media {Fichier multimédia} accommodation {Aménagement} answer {Réponse} attemptInProgress {Tentative en cours} attempt {Tentative} break {Pause} competingVersion {Version concurrente} import {Importation} organisation {Organisation} question {Question} questionVersion {Version de la question} setAside {Modification mise de côté} subscription {Abonnement} upload {Envoi de fichier} other {{thing}}} introuvable',
  'found.snapshot': 'Instantané {name} introuvable',
  'found.rescueRow': 'La ligne {row} de la table {table} de cette organisation est introuvable',
  'api.unknownMethod': 'Méthode d’API inconnue « {method} »',
  'api.notAvailable': '« {method} » n’est pas disponible',
  'guess.tooManyPasswords':
    'Trop de mots de passe erronés. Réessayez dans {unit, select, second {{amount, plural, one {# seconde} many {# secondes} other {# secondes}}} minute {{amount, plural, one {# minute} many {# minutes} other {# minutes}}} other {{amount, plural, one {# heure} many {# heures} other {# heures}}}}.',
  'guess.passwordLocked':
    'Ce n’est pas votre mot de passe, et trop de tentatives ont échoué : réessayez dans {unit, select, second {{amount, plural, one {# seconde} many {# secondes} other {# secondes}}} minute {{amount, plural, one {# minute} many {# minutes} other {# minutes}}} other {{amount, plural, one {# heure} many {# heures} other {# heures}}}}.',
  'guess.tooManyCodes':
    'Trop de codes erronés. Réessayez dans {unit, select, second {{amount, plural, one {# seconde} many {# secondes} other {# secondes}}} minute {{amount, plural, one {# minute} many {# minutes} other {# minutes}}} other {{amount, plural, one {# heure} many {# heures} other {# heures}}}}.',
  'guess.codeLocked':
    'Ce code n’est pas le bon, et trop de tentatives ont échoué : réessayez dans {unit, select, second {{amount, plural, one {# seconde} many {# secondes} other {# secondes}}} minute {{amount, plural, one {# minute} many {# minutes} other {# minutes}}} other {{amount, plural, one {# heure} many {# heures} other {# heures}}}}.',
  'guess.tooManyPins':
    'Trop de codes PIN erronés. Réessayez dans {unit, select, second {{amount, plural, one {# seconde} many {# secondes} other {# secondes}}} minute {{amount, plural, one {# minute} many {# minutes} other {# minutes}}} other {{amount, plural, one {# heure} many {# heures} other {# heures}}}}.',
  'guess.pinLocked':
    'Ce code PIN n’est pas le bon, et trop de tentatives ont échoué : réessayez dans {unit, select, second {{amount, plural, one {# seconde} many {# secondes} other {# secondes}}} minute {{amount, plural, one {# minute} many {# minutes} other {# minutes}}} other {{amount, plural, one {# heure} many {# heures} other {# heures}}}}.',
  'exam.notOpen': 'Cette épreuve n’est pas ouverte en ce moment',
  'exam.attemptsUsed':
    'Vous avez utilisé {count, plural, one {votre # tentative} many {vos # tentatives} other {vos # tentatives}} pour cette épreuve',
  'exam.noStartCode': 'Le surveillant n’a pas encore donné de code de départ pour cette épreuve',
  'exam.noQuestions': 'Cette épreuve n’a pas encore de questions',
  'exam.attemptEnded': 'Cette tentative est terminée',
  'exam.alreadyEnded': 'Cette tentative est déjà terminée',
  'exam.startedElsewhere':
    'Cette tentative a commencé sur un autre ordinateur ; demandez un code de reprise à votre surveillant',
  'exam.interrupted': 'L’examen a été interrompu ; demandez un code de reprise à votre surveillant',
  'exam.clockNotStarted': 'Le chronomètre de l’examen n’a pas pu démarrer',
  'exam.timeUp': 'Le temps est écoulé : vos réponses enregistrées ont été remises',
  'exam.resumeCodeFirst': 'Saisissez d’abord le code de reprise donné par votre surveillant',
  'exam.onBreak':
    'Vous êtes en pause : revenez à votre examen pour répondre ou remettre votre copie',
  'exam.endedNothingSaved': 'Cette tentative est terminée ; plus rien ne peut être enregistré',
  'exam.endedNothingPlayed': 'Cette tentative est terminée ; plus rien ne peut être écouté',
  'exam.runningElsewhere': 'Cette tentative se déroule sur un autre ordinateur',
  'exam.notRunningHere': 'Cette tentative ne se déroule pas sur cet ordinateur',
  'exam.notOnPaper': 'Cette question ne fait pas partie de votre sujet',
  'exam.passageNoAnswer': 'Ceci est un texte à lire ; il n’attend pas de réponse',
  'exam.noSuchRecording': 'Cette question ne contient pas cet enregistrement',
  'exam.playLimit':
    'Cet enregistrement peut être écouté {limit, plural, one {une fois} many {# fois} other {# fois}}, et il l’a déjà été',
  'exam.noPaper': 'Aucun sujet n’est enregistré pour cette tentative',
  'exam.questionsMissing':
    'Certaines questions de cet examen ne sont pas encore sur cet ordinateur. Demandez à votre surveillant de le synchroniser.',
  'breaks.untimed':
    'Cet examen n’est pas chronométré : il n’y a pas de chronomètre à mettre en pause',
  'breaks.noneArranged':
    'Aucune pause n’a été prévue pour vous dans cet examen ; demandez à votre surveillant',
  'breaks.allUsed': 'Vous avez utilisé tout votre temps de pause',
  'breaks.onBreak': 'Vous êtes en pause en ce moment',
  'breaks.asked': 'Vous avez déjà demandé une pause',
  'breaks.notOnBreak': 'Vous n’êtes pas en pause et n’en avez pas demandé',
  'proctor.untimedExtend':
    'Cette épreuve n’est pas chronométrée ; il n’y a pas de temps à prolonger',
  'proctor.untimedPause':
    'Cette épreuve n’est pas chronométrée ; il n’y a pas de chronomètre à mettre en pause',
  'proctor.noBreakArranged': 'Aucun temps de pause n’a été prévu pour cet étudiant dans cet examen',
  'proctor.breakUsed': 'Cet étudiant a utilisé tout son temps de pause',
  'proctor.onBreak': 'Cet étudiant est en pause en ce moment',
  'proctor.breakApproved':
    'Cette pause est déjà approuvée ; elle commence quand l’ordinateur de l’étudiant la reçoit',
  'proctor.startCodePublished': 'Seule une épreuve publiée peut avoir un code de départ',
  'accommodations.notStudent':
    '{name} n’est pas étudiant ; les aménagements sont réservés aux étudiants',
  'accommodations.noSuchTest': 'Cette épreuve n’existe pas dans votre organisation',
  'sealed.alsoIn':
    'Certaines de ces questions figurent aussi dans {tests} ; les questions d’une épreuve scellée lui appartiennent jusqu’à sa levée. Dupliquez les questions pour l’autre épreuve, ou retirez-les-en d’abord.',
  'sealed.elsewhere':
    '{count, plural, one {Une question est scellée} many {# questions sont scellées} other {# questions sont scellées}} pour une autre épreuve jusqu’à sa levée ; dupliquez la question pour l’utiliser ici',
  'sealed.wrongOrganisationKey':
    '{field} : ce n’est pas la clé de cette organisation (ses corrigés ne s’ouvrent pas avec elle). Utilisez le fichier d’inscription préparé par un administrateur de cette organisation.',
  'sealed.noOrganisationKey':
    'Cet ordinateur ne détient pas la clé de l’organisation : les corrigés et les secrets de connexion ne peuvent être ni lus ni écrits ici. Inscrivez-le à nouveau avec un fichier d’inscription fourni par un administrateur de l’organisation.',
  'sealed.copy':
    'Une épreuve scellée ne peut pas être copiée : ses questions lui appartiennent jusqu’à sa levée. Levez d’abord le scellé, ou construisez la copie avec des questions dupliquées.',
  'media.notAccepted':
    '« {name} » n’est pas un fichier que les questions d’examen peuvent contenir : utilisez des images PNG, JPEG, GIF, WebP ou SVG, ou du son MP3, Ogg, WAV ou M4A',
  'media.svgEmpty':
    '« {name} » ne contient plus aucun dessin une fois ses scripts et liens retirés',
  'media.empty': '« {name} » : le fichier est vide',
  'media.tooBig':
    '« {name} » : {kind, select, image {l’image} audio {le son} other {le fichier}} {format} fait {size, number} Mo ; {kind, select, image {une image} audio {un extrait audio} other {un fichier}} peut faire au plus {limit, number} Mo',
  'media.notWhole': 'Le fichier n’a pas pu être enregistré en entier ; réessayez',
  'media.notHereYet':
    'Cette image ou cet extrait n’est pas encore entièrement sur cet ordinateur ; il arrivera avec la prochaine synchronisation',
  'media.damaged':
    'Cette image ou cet extrait est endommagé sur cet ordinateur ; il sera récupéré à nouveau à la prochaine synchronisation',
  'media.sealedCopyChanged':
    'La copie scellée de l’image ou de l’extrait {hash} ne s’ouvre pas avec la clé de ce test : elle a été modifiée sur cet ordinateur. Le test reste scellé ; restaurez le fichier depuis une sauvegarde, ou retirez-le des questions du test.',
  'media.sealedCopyNotHere':
    'La copie scellée de l’image ou de l’extrait {hash} n’est pas entièrement sur cet ordinateur, le test reste donc scellé ; synchronisez cet ordinateur, puis levez à nouveau le scellé du test.',
  'plan.mediaQuota':
    'max_media_mb ({limit, number}) atteint : la formule {plan} permet {limit, number} Mo d’images et de sons, {used, number} Mo sont déjà stockés et ce fichier fait {adding, number} Mo.',
  'plan.importMediaQuota':
    'max_media_mb ({limit, number}) atteint : la formule {plan} permet {limit, number} Mo d’images et de sons, {used, number} Mo sont déjà stockés et les images et sons du fichier ajoutent {adding, number} Mo.',
  'plan.limitReached':
    '{key} ({limit}) atteint : la formule {plan} permet {limit} {key, select, max_students {étudiants} max_published_tests {épreuves publiées} max_devices {ordinateurs} max_questions {questions dans la banque} other {{key}}} et vous en avez {current}.',
  'plan.limitReachedAdding':
    '{key} ({limit}) atteint : la formule {plan} permet {limit} {key, select, max_students {étudiants} max_published_tests {épreuves publiées} max_devices {ordinateurs} max_questions {questions dans la banque} other {{key}}} et vous en avez {current} ; en ajouter {adding} en ferait {total}.',
  'plan.featureMissing': '{key} n’est pas inclus dans la formule {plan}.',
  'plan.featureMissingNoPlan': '{key} n’est pas inclus dans votre formule.',
  'setup.enrolling':
    'Cet ordinateur s’inscrit avec le fichier d’inscription prédéfini. Attendez la fin de l’opération.',
  'setup.weakPassword': '{field} : trop facile à deviner.',
  'setup.weakPasswordHint': '{field} : trop facile à deviner. {hint}',
  'setup.emailUsedHere': '{field} : déjà utilisée sur cet ordinateur ; choisissez-en une autre',
  'backup.examRunning':
    'Un examen est en cours sur cet ordinateur. Restaurez une fois l’examen terminé.',
  'backup.failedCheck':
    'L’instantané a échoué à sa vérification après la restauration ({detail}) ; la base de données a été remise dans son état précédent.',
  'backup.damagedWhenTaken':
    'L’instantané {name} était déjà endommagé lorsqu’il a été pris : {problems}',
  'backup.cannotRestore': 'L’instantané {name} ne peut pas être restauré : {problems}',
  'backup.engineCheck': 'L’instantané {name} échoue à la vérification du moteur : {problems}',
  'rescue.notJson': 'Ce fichier n’est pas un fichier de secours (ce n’est pas du JSON)',
  'rescue.notRescueFile': 'Ce fichier n’est pas un fichier de secours Exam Desk',
  'rescue.changed':
    'Le fichier de secours a été modifié après son écriture (sa signature ne correspond pas)',
  'rescue.damaged': 'Le fichier de secours contient des données endommagées',
  'rescue.newerPayload':
    'Le fichier de secours contient des données que cette version de l’application ne sait pas lire',
  'rescue.otherOrganisation':
    'Le fichier de secours a été écrit sur un ordinateur d’une autre organisation',
  'rescue.otherOrganisationRow':
    'Le fichier de secours contient une ligne {table} d’une autre organisation',
  'rescue.unknownKey':
    'Le fichier de secours est signé avec une clé que l’ordinateur « {device} » n’a jamais enregistrée auprès de cette organisation (sa clé parvient à l’organisation quand l’ordinateur est inscrit et se synchronise)',
  'rescue.notImported':
    'Le fichier de secours n’a pas pu être importé : {detail} (les épreuves et les personnes auxquelles il renvoie doivent être sur cet ordinateur : synchronisez d’abord)',
  'rescue.fullPath':
    '{field} : doit être un chemin complet (commençant par / ou une lettre de lecteur)',
  'rescue.ownFolder':
    '{field} : c’est le dossier de données de cet ordinateur ; choisissez plutôt « Cet ordinateur »',
  'rescue.notAFolder': '{field} : introuvable sur cet ordinateur, ou ce n’est pas un dossier',
  'rescue.notDataFolder':
    '{field} : ce n’est pas un dossier de données Exam Desk (il ne contient pas de device.json)',
  'rescue.pickInDialog':
    '{field} : se choisit dans la boîte de dialogue de dossiers de l’application de bureau, il ne se saisit pas',
  'rescue.folderMissing': '{field} : manquant ; saisissez le chemin complet du dossier de données',
  'rescue.otherOrganisationFolder':
    '{field} : appartient à une autre organisation ; il ne peut pas être secouru ici',
  'rescue.unreadable': '{field} : illisible ({detail})',
  'people.takenDuringImport': '{email} a été pris pendant l’importation ; réessayez',
  'people.onlyAdmins': 'Seuls les administrateurs gèrent le personnel',
  'people.notYourself':
    'Vous ne pouvez pas vous désactiver vous-même ni retirer votre propre rôle d’administrateur',
  'people.noPinRole': '{name} n’est ni surveillant ni administrateur, et n’a donc pas de code PIN',
  'people.noPin': '{name} n’a pas de code PIN à réinitialiser',
  'tests.archived': 'Cette épreuve est archivée ; désarchivez-la avant de la modifier',
  'tests.closed': 'Cette épreuve est fermée ; rouvrez-la pour modifier {fields}',
  'tests.beingSat':
    '{count, plural, one {# étudiant passe} many {# étudiants passent} other {# étudiants passent}} cette épreuve en ce moment : {fields} ne peut pas changer pendant ce temps. Attendez qu’ils remettent leur copie, ou dupliquez l’épreuve.',
  'tests.noSuchQuestion': 'Cette question n’existe pas dans la banque',
  'tests.cannotMove':
    'Une épreuve {status, select, draft {brouillon} published {publiée} closed {fermée} archived {archivée} other {{status}}} ne peut pas devenir {to, select, draft {brouillon} published {publiée} closed {fermée} archived {archivée} other {{to}}}',
  'tests.cannotDelete':
    'Une épreuve {status, select, draft {brouillon} published {publiée} closed {fermée} archived {archivée} other {{status}}} ne peut pas être supprimée ; archivez-la plutôt',
  'tests.satCannotDelete': 'Des étudiants ont passé cette épreuve ; archivez-la plutôt',
  'tests.drawTooFew':
    'Seulement {count, plural, one {# question} many {# questions} other {# questions}} absentes de l’épreuve {count, plural, one {correspond} many {correspondent} other {correspondent}}{filter, select, none {} other { ({filter})}}',
  'import.dialogDesktopOnly':
    'La boîte de dialogue d’ouverture est celle de l’application de bureau ; ici, choisissez le fichier dans la page',
  'import.fileEmpty': '{name} est vide',
  'import.fileTooLarge': '{name} est trop volumineux (256 Mo au plus)',
  'import.tooManyUploads':
    '{count} envois sont déjà ouverts dans cette fenêtre ; importez-en ou fermez-en un d’abord',
  'import.othersInFlight':
    'D’autres envois sur cet ordinateur occupent {size} ; réessayez une fois qu’ils seront importés',
  'import.offset': '{field} : doit valoir {received}, le nombre d’octets reçus jusqu’ici',
  'import.pastDeclared': 'Dépasse les {size} octets annoncés au début de l’envoi',
  'import.notFullyUploaded':
    'Désigne un fichier pas encore entièrement envoyé : {received} octets reçus sur {size}',
  'sync.notSyncServer':
    'Le serveur à l’adresse {url} n’a pas répondu comme un serveur de synchronisation Turso',
  'sync.enrolledElsewhere':
    'Cet ordinateur est inscrit auprès de {url}. Désinscrivez-le d’abord pour le déplacer vers une autre base de données.',
  'sync.examRunning':
    'Un examen est en cours sur cet ordinateur. Inscrivez-le une fois l’examen terminé.',
  'sync.emptyNoOrganisation':
    'La base de données d’organisation à l’adresse {url} est vide, et cet ordinateur n’a pas d’organisation à y mettre. Inscrivez-vous auprès d’une base qui contient déjà votre organisation, ou créez d’abord l’organisation sur cet ordinateur puis publiez-la depuis Administration → Synchronisation.',
  'sync.emptyDemo':
    'La base de données d’organisation à l’adresse {url} est vide, et cet ordinateur contient l’organisation de démonstration. Une démonstration ne peut pas être publiée comme une vraie organisation : ses mots de passe et codes PIN sont publics. Inscrivez-vous auprès d’une base qui contient déjà votre organisation, ou configurez à nouveau cet ordinateur avec une nouvelle organisation.',
  'sync.downloadFailed':
    'La base de données de l’organisation n’a pas pu être téléchargée ({detail})',
  'sync.notEnrolled': 'Cet ordinateur n’est pas inscrit.',
  'sync.unsent':
    '{count, plural, one {# modification n’a} many {# modifications n’ont} other {# modifications n’ont}} pas encore atteint le serveur. Synchronisez maintenant, ou exportez-les d’abord, puis désinscrivez.',
  'server.tokenRefused':
    'Le serveur a refusé ce jeton (il est peut-être erroné, expiré ou destiné à une autre base de données)',
  'server.noDatabase': 'Il n’y a pas de base de données à l’adresse {address}',
  'server.answered':
    'Le serveur à l’adresse {address} a répondu {status} ; est-ce bien une URL de synchronisation Turso ?',
  'server.noAnswerInTime': 'Le serveur à l’adresse {address} n’a pas répondu à temps',
  'server.unreachable':
    'Impossible de joindre un serveur de synchronisation à l’adresse {address} ({detail})',
  'server.notSyncUrl':
    '{address} n’est pas une URL de synchronisation ({detail}) ; attendu : libsql://your-db.turso.io ou https://...',
  'grading.stillSat': 'Cette tentative est encore en cours ; notez-la une fois remise',
  'grading.marksAtMost': '{field} : {max} au plus pour cette question',
  'grading.readBack': 'La réponse n’a pas pu être relue',
  'questions.noSuchTest': 'Cette épreuve n’existe pas',
  'questions.notSealed': 'Cette épreuve n’est pas scellée',
  'questions.versionMoved':
    'Cette question a été enregistrée en version {current} après que vous avez ouvert la version {base}. Rechargez-la pour voir les modifications.',
  'questions.deletedEdit': 'Cette question est supprimée. Restaurez-la avant de la modifier.',
  'questions.deletedCopy': 'Cette question est supprimée. Restaurez-la avant de la copier.',
  'questions.alreadyDeleted': 'Cette question est déjà supprimée',
  'questions.notDeleted': 'Cette question n’est pas supprimée',
  'questions.noMatch': 'Aucune question ne correspond',
  'questions.notInConflict': 'Cette question n’est plus en conflit.',
  thisValue: 'Cette valeur',
};
