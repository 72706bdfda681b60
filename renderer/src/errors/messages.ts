import { defineMessages } from '../i18n/catalogue';

/**
 * The sentences of API refusals, by the message id main sends beside its
 * English (`ApiErrorBody.messageId`, ids in shared/api/error-words.ts). A
 * sentence about a field takes the field's label as `field`.
 */
export const messages = defineMessages({
  'validation.required': {
    id: 'errors.validation.required',
    defaultMessage: '{field} is required',
  },
  'validation.mustBeType': {
    id: 'errors.validation.mustBeType',
    defaultMessage:
      '{field} must be {type, select, string {text} number {a number} int {a whole number} boolean {yes or no} array {a list} object {a set of fields} date {a date} bigint {a whole number} other {{type}}}',
  },
  'validation.moreThan': {
    id: 'errors.validation.moreThan',
    defaultMessage: '{field} must be more than {limit}',
  },
  'validation.lessThan': {
    id: 'errors.validation.lessThan',
    defaultMessage: '{field} must be less than {limit}',
  },
  'validation.atLeast': {
    id: 'errors.validation.atLeast',
    defaultMessage: '{field} must be at least {limit}',
  },
  'validation.atMost': {
    id: 'errors.validation.atMost',
    defaultMessage: '{field} must be at most {limit}',
  },
  'validation.notEmpty': {
    id: 'errors.validation.notEmpty',
    defaultMessage: '{field} cannot be empty',
  },
  'validation.minCharacters': {
    id: 'errors.validation.minCharacters',
    defaultMessage:
      '{field} must be at least {count, plural, one {# character} other {# characters}}',
  },
  'validation.maxCharacters': {
    id: 'errors.validation.maxCharacters',
    defaultMessage:
      '{field} must be at most {count, plural, one {# character} other {# characters}}',
  },
  'validation.minItems': {
    id: 'errors.validation.minItems',
    defaultMessage: '{field} needs at least {count, plural, one {# item} other {# items}}',
  },
  'validation.maxItems': {
    id: 'errors.validation.maxItems',
    defaultMessage: '{field} can have at most {count, plural, one {# item} other {# items}}',
  },
  'validation.mustBeFormat': {
    id: 'errors.validation.mustBeFormat',
    defaultMessage:
      '{field} must be {format, select, email {an email address} url {a web address} uuid {an id} datetime {a date and time} date {a date} time {a time} other {{format}}}',
  },
  'validation.notExpectedForm': {
    id: 'errors.validation.notExpectedForm',
    defaultMessage: '{field} is not in the expected form',
  },
  'validation.wholeNumber': {
    id: 'errors.validation.wholeNumber',
    defaultMessage: '{field} must be a whole number',
  },
  'validation.multipleOf': {
    id: 'errors.validation.multipleOf',
    defaultMessage: '{field} must be a multiple of {divisor}',
  },
  'validation.mustBeValue': {
    id: 'errors.validation.mustBeValue',
    defaultMessage: '{field} must be {value}',
  },
  'validation.oneOf': {
    id: 'errors.validation.oneOf',
    defaultMessage: '{field} must be one of {values}',
  },
  'validation.unknownField': {
    id: 'errors.validation.unknownField',
    defaultMessage: '{field} is not a field this takes',
  },
  'validation.notValid': {
    id: 'errors.validation.notValid',
    defaultMessage: '{field} is not valid',
  },
  'sentence.enterYourEmail': {
    id: 'errors.sentence.enterYourEmail',
    defaultMessage: 'Enter your email',
  },
  'sentence.enterValidEmail': {
    id: 'errors.sentence.enterValidEmail',
    defaultMessage: 'Enter a valid email address',
  },
  'sentence.enterYourPassword': {
    id: 'errors.sentence.enterYourPassword',
    defaultMessage: 'Enter your password',
  },
  'sentence.enterAccountPassword': {
    id: 'errors.sentence.enterAccountPassword',
    defaultMessage: 'Enter your account password',
  },
  'sentence.notYourPassword': {
    id: 'errors.sentence.notYourPassword',
    defaultMessage: 'That is not your password',
  },
  'sentence.pinNotRight': {
    id: 'errors.sentence.pinNotRight',
    defaultMessage: 'That PIN is not right',
  },
  'sentence.useAtLeast8': {
    id: 'errors.sentence.useAtLeast8',
    defaultMessage: 'Use at least 8 characters',
  },
  'sentence.useAtMost200': {
    id: 'errors.sentence.useAtMost200',
    defaultMessage: 'Use at most 200 characters',
  },
  'sentence.useAtMost100': {
    id: 'errors.sentence.useAtMost100',
    defaultMessage: 'Use at most 100 characters',
  },
  'sentence.nameRequired': {
    id: 'errors.sentence.nameRequired',
    defaultMessage: 'A name is required',
  },
  'sentence.emailTaken': {
    id: 'errors.sentence.emailTaken',
    defaultMessage: 'Someone already uses this email',
  },
  'sentence.enterOrganisationName': {
    id: 'errors.sentence.enterOrganisationName',
    defaultMessage: 'Enter the organisation’s name',
  },
  'sentence.enterAdminName': {
    id: 'errors.sentence.enterAdminName',
    defaultMessage: 'Enter the admin’s name',
  },
  'sentence.enterAdminEmail': {
    id: 'errors.sentence.enterAdminEmail',
    defaultMessage: 'Enter the admin’s email',
  },
  'sentence.organisationNeedsName': {
    id: 'errors.sentence.organisationNeedsName',
    defaultMessage: 'The organisation needs a name',
  },
  'sentence.fileEmpty': { id: 'errors.sentence.fileEmpty', defaultMessage: 'The file is empty' },
  'sentence.enterStartCode': {
    id: 'errors.sentence.enterStartCode',
    defaultMessage: 'Enter the start code from your proctor',
  },
  'sentence.enterProctorDigits': {
    id: 'errors.sentence.enterProctorDigits',
    defaultMessage: 'Enter the digits the proctor gave you',
  },
  'sentence.codeNotRight': {
    id: 'errors.sentence.codeNotRight',
    defaultMessage: 'That code is not right; check it with your proctor',
  },
  'sentence.sayWhy': {
    id: 'errors.sentence.sayWhy',
    defaultMessage: 'Say why, for the audit trail',
  },
  'sentence.reasonTooLong': {
    id: 'errors.sentence.reasonTooLong',
    defaultMessage: 'Keep the reason under 500 characters',
  },
  'sentence.enterMinutes': {
    id: 'errors.sentence.enterMinutes',
    defaultMessage: 'Enter a number of minutes',
  },
  'sentence.wholeMinutesOnly': {
    id: 'errors.sentence.wholeMinutesOnly',
    defaultMessage: 'Whole minutes only',
  },
  'sentence.atLeastOneMinute': {
    id: 'errors.sentence.atLeastOneMinute',
    defaultMessage: 'At least 1 minute',
  },
  'sentence.atMost600Minutes': {
    id: 'errors.sentence.atMost600Minutes',
    defaultMessage: 'At most 600 minutes',
  },
  'sentence.mustBeNumber': {
    id: 'errors.sentence.mustBeNumber',
    defaultMessage: '{field} must be a number',
  },
  'sentence.mustBeMinutes': {
    id: 'errors.sentence.mustBeMinutes',
    defaultMessage: '{field} must be a number of minutes',
  },
  'sentence.mustBeDateTime': {
    id: 'errors.sentence.mustBeDateTime',
    defaultMessage: '{field} must be an ISO-8601 date and time',
  },
  'sentence.mustBeLocale': {
    id: 'errors.sentence.mustBeLocale',
    defaultMessage: '{field} must be en, fr or ar',
  },
  'sentence.questionTextRequired': {
    id: 'errors.sentence.questionTextRequired',
    defaultMessage: 'Question text is required',
  },
  'sentence.optionTextRequired': {
    id: 'errors.sentence.optionTextRequired',
    defaultMessage: 'Option text is required',
  },
  'sentence.optionIdRequired': {
    id: 'errors.sentence.optionIdRequired',
    defaultMessage: 'Option id is required',
  },
  'sentence.marksNotNegative': {
    id: 'errors.sentence.marksNotNegative',
    defaultMessage: 'Marks cannot be negative',
  },
  'sentence.pickCorrectOption': {
    id: 'errors.sentence.pickCorrectOption',
    defaultMessage: 'Pick at least one correct option',
  },
  'sentence.pairEachPremise': {
    id: 'errors.sentence.pairEachPremise',
    defaultMessage: 'Pair each premise with a response',
  },
  'sentence.twoItemsInOrder': {
    id: 'errors.sentence.twoItemsInOrder',
    defaultMessage: 'Put at least two items in order',
  },
  'sentence.giveAcceptedAnswer': {
    id: 'errors.sentence.giveAcceptedAnswer',
    defaultMessage: 'Give at least one accepted answer',
  },
  'sentence.acceptedAnswerBlank': {
    id: 'errors.sentence.acceptedAnswerBlank',
    defaultMessage: 'An accepted answer cannot be blank',
  },
  'sentence.addQuestion': {
    id: 'errors.sentence.addQuestion',
    defaultMessage: 'Add at least one question',
  },
  'sentence.choiceTwoOptions': {
    id: 'errors.sentence.choiceTwoOptions',
    defaultMessage: 'A choice question needs at least two options',
  },
  'sentence.enterSyncUrl': {
    id: 'errors.sentence.enterSyncUrl',
    defaultMessage: 'Enter the sync URL',
  },
  'sentence.enterAuthToken': {
    id: 'errors.sentence.enterAuthToken',
    defaultMessage: 'Enter the auth token',
  },
  'sentence.nameThisComputer': {
    id: 'errors.sentence.nameThisComputer',
    defaultMessage: 'Give this computer a name staff will recognise',
  },
  'sentence.dataFolderEmpty': {
    id: 'errors.sentence.dataFolderEmpty',
    defaultMessage: 'The data folder is empty',
  },
  'sentence.noSuchStudent': {
    id: 'errors.sentence.noSuchStudent',
    defaultMessage: 'No such student in your organisation',
  },
  'sentence.sealedNeedsRelease': {
    id: 'errors.sentence.sealedNeedsRelease',
    defaultMessage:
      'A sealed test needs a start time (available from) or a start code, because one of them is what releases its questions',
  },
  'api.wrongCredentials': {
    id: 'errors.api.wrongCredentials',
    defaultMessage: 'The email or password is not right',
  },
  'api.signInFirst': { id: 'errors.api.signInFirst', defaultMessage: 'Please sign in first' },
  'api.roleCannot': {
    id: 'errors.api.roleCannot',
    defaultMessage:
      'Your role ({role, select, admin {admin} proctor {proctor} student {student} other {{role}}}) cannot do this',
  },
  'api.idleSignOut': {
    id: 'errors.api.idleSignOut',
    defaultMessage:
      'You were signed out after {minutes, plural, one {# minute} other {# minutes}} without activity. Sign in again to go on.',
  },
  'api.internal': {
    id: 'errors.api.internal',
    defaultMessage:
      'Something went wrong on this computer. Your work so far is saved; please try again.',
  },
  'api.alreadySetUp': {
    id: 'errors.api.alreadySetUp',
    defaultMessage: 'This computer is already set up with an organisation. Sign in instead.',
  },
  'api.notAnswering': {
    id: 'errors.api.notAnswering',
    defaultMessage:
      'The exam service on this computer is not answering. Your saved answers are safe; retrying.',
  },
  'found.thing': {
    id: 'errors.found.thing',
    defaultMessage:
      '{thing, select, person {Person} test {Test} media {Media} accommodation {Accommodation} answer {Answer} attempt {Attempt} attemptInProgress {Attempt in progress} break {Break} competingVersion {Competing version} import {Import} organisation {Organisation} question {Question} questionVersion {Question version} setAside {Set-aside change} subscription {Subscription} upload {the upload} other {{thing}}} was not found',
  },
  'found.snapshot': {
    id: 'errors.found.snapshot',
    defaultMessage: 'Snapshot {name} was not found',
  },
  'found.rescueRow': {
    id: 'errors.found.rescueRow',
    defaultMessage: 'The {table} row {row} of this organisation was not found',
  },
  'api.unknownMethod': {
    id: 'errors.api.unknownMethod',
    defaultMessage: 'Unknown API method "{method}"',
  },
  'api.notAvailable': {
    id: 'errors.api.notAvailable',
    defaultMessage: '"{method}" is not available',
  },
  'guess.tooManyPasswords': {
    id: 'errors.guess.tooManyPasswords',
    defaultMessage:
      'Too many wrong passwords. Try again in {unit, select, second {{amount, plural, one {# second} other {# seconds}}} minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# hour} other {# hours}}}}.',
  },
  'guess.passwordLocked': {
    id: 'errors.guess.passwordLocked',
    defaultMessage:
      'That is not your password, and too many were wrong: try again in {unit, select, second {{amount, plural, one {# second} other {# seconds}}} minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# hour} other {# hours}}}}.',
  },
  'guess.tooManyCodes': {
    id: 'errors.guess.tooManyCodes',
    defaultMessage:
      'Too many wrong codes. Try again in {unit, select, second {{amount, plural, one {# second} other {# seconds}}} minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# hour} other {# hours}}}}.',
  },
  'guess.codeLocked': {
    id: 'errors.guess.codeLocked',
    defaultMessage:
      'That code is not right, and too many were wrong: try again in {unit, select, second {{amount, plural, one {# second} other {# seconds}}} minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# hour} other {# hours}}}}.',
  },
  'guess.tooManyPins': {
    id: 'errors.guess.tooManyPins',
    defaultMessage:
      'Too many wrong PINs. Try again in {unit, select, second {{amount, plural, one {# second} other {# seconds}}} minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# hour} other {# hours}}}}.',
  },
  'guess.pinLocked': {
    id: 'errors.guess.pinLocked',
    defaultMessage:
      'That PIN is not right, and too many were wrong: try again in {unit, select, second {{amount, plural, one {# second} other {# seconds}}} minute {{amount, plural, one {# minute} other {# minutes}}} other {{amount, plural, one {# hour} other {# hours}}}}.',
  },
  'exam.notOpen': {
    id: 'errors.exam.notOpen',
    defaultMessage: 'This test is not open now',
  },
  'exam.attemptsUsed': {
    id: 'errors.exam.attemptsUsed',
    defaultMessage:
      'You have used all {count, plural, one {# of your attempts} other {# of your attempts}} at this test',
  },
  'exam.noStartCode': {
    id: 'errors.exam.noStartCode',
    defaultMessage: 'The proctor has not issued a start code for this test yet',
  },
  'exam.noQuestions': {
    id: 'errors.exam.noQuestions',
    defaultMessage: 'This test has no questions yet',
  },
  'exam.attemptEnded': {
    id: 'errors.exam.attemptEnded',
    defaultMessage: 'This attempt has ended',
  },
  'exam.alreadyEnded': {
    id: 'errors.exam.alreadyEnded',
    defaultMessage: 'This attempt has already ended',
  },
  'exam.startedElsewhere': {
    id: 'errors.exam.startedElsewhere',
    defaultMessage:
      'This attempt was started on another computer; ask your proctor for a resume code',
  },
  'exam.interrupted': {
    id: 'errors.exam.interrupted',
    defaultMessage: 'The exam was interrupted; ask your proctor for a resume code',
  },
  'exam.clockNotStarted': {
    id: 'errors.exam.clockNotStarted',
    defaultMessage: 'The exam clock could not be started',
  },
  'exam.timeUp': {
    id: 'errors.exam.timeUp',
    defaultMessage: 'Time is up: your saved answers have been submitted',
  },
  'exam.resumeCodeFirst': {
    id: 'errors.exam.resumeCodeFirst',
    defaultMessage: 'Enter the resume code from your proctor first',
  },
  'exam.onBreak': {
    id: 'errors.exam.onBreak',
    defaultMessage: 'You are on a rest break: go back to your exam to answer or submit',
  },
  'exam.endedNothingSaved': {
    id: 'errors.exam.endedNothingSaved',
    defaultMessage: 'This attempt has ended; nothing more can be saved',
  },
  'exam.endedNothingPlayed': {
    id: 'errors.exam.endedNothingPlayed',
    defaultMessage: 'This attempt has ended; nothing more can be played',
  },
  'exam.runningElsewhere': {
    id: 'errors.exam.runningElsewhere',
    defaultMessage: 'This attempt is running on another computer',
  },
  'exam.notRunningHere': {
    id: 'errors.exam.notRunningHere',
    defaultMessage: 'This attempt is not running here',
  },
  'exam.notOnPaper': {
    id: 'errors.exam.notOnPaper',
    defaultMessage: 'This question is not on your paper',
  },
  'exam.passageNoAnswer': {
    id: 'errors.exam.passageNoAnswer',
    defaultMessage: 'This is a passage to read; it takes no answer',
  },
  'exam.noSuchRecording': {
    id: 'errors.exam.noSuchRecording',
    defaultMessage: 'This question plays no such recording',
  },
  'exam.playLimit': {
    id: 'errors.exam.playLimit',
    defaultMessage:
      'This recording may be played {limit, plural, one {once} other {# times}}, and it has been',
  },
  'exam.noPaper': {
    id: 'errors.exam.noPaper',
    defaultMessage: 'This attempt has no paper recorded',
  },
  'exam.questionsMissing': {
    id: 'errors.exam.questionsMissing',
    defaultMessage:
      'Some questions of this exam are not on this computer yet. Ask your proctor to sync it.',
  },
  'breaks.untimed': {
    id: 'errors.breaks.untimed',
    defaultMessage: 'This exam is untimed: there is no clock to pause',
  },
  'breaks.noneArranged': {
    id: 'errors.breaks.noneArranged',
    defaultMessage: 'No rest breaks were arranged for you in this exam; ask your proctor',
  },
  'breaks.allUsed': {
    id: 'errors.breaks.allUsed',
    defaultMessage: 'You have used all of your rest break time',
  },
  'breaks.onBreak': {
    id: 'errors.breaks.onBreak',
    defaultMessage: 'You are on a rest break now',
  },
  'breaks.asked': {
    id: 'errors.breaks.asked',
    defaultMessage: 'You have asked for a rest break already',
  },
  'breaks.notOnBreak': {
    id: 'errors.breaks.notOnBreak',
    defaultMessage: 'You are not on a rest break, and have not asked for one',
  },
  'proctor.untimedExtend': {
    id: 'errors.proctor.untimedExtend',
    defaultMessage: 'This test is untimed; there is no time to extend',
  },
  'proctor.untimedPause': {
    id: 'errors.proctor.untimedPause',
    defaultMessage: 'This test is untimed; there is no clock to pause',
  },
  'proctor.noBreakArranged': {
    id: 'errors.proctor.noBreakArranged',
    defaultMessage: 'No rest break time was arranged for this student in this exam',
  },
  'proctor.breakUsed': {
    id: 'errors.proctor.breakUsed',
    defaultMessage: 'This student has used all of their rest break time',
  },
  'proctor.onBreak': {
    id: 'errors.proctor.onBreak',
    defaultMessage: 'This student is on a rest break now',
  },
  'proctor.breakApproved': {
    id: 'errors.proctor.breakApproved',
    defaultMessage:
      'This break is approved already; it starts when the student’s computer receives it',
  },
  'proctor.startCodePublished': {
    id: 'errors.proctor.startCodePublished',
    defaultMessage: 'Only a published test can have a start code',
  },
  'accommodations.notStudent': {
    id: 'errors.accommodations.notStudent',
    defaultMessage: '{name} is not a student; accommodations are for students',
  },
  'accommodations.noSuchTest': {
    id: 'errors.accommodations.noSuchTest',
    defaultMessage: 'No such test in your organisation',
  },
  'sealed.alsoIn': {
    id: 'errors.sealed.alsoIn',
    defaultMessage:
      "Some of these questions are also in {tests}; a sealed test's questions are its own until it is released. Duplicate the questions for the other test, or take them out of it first.",
  },
  'sealed.elsewhere': {
    id: 'errors.sealed.elsewhere',
    defaultMessage:
      '{count, plural, one {A question is} other {# questions are}} sealed for another test until it is released; duplicate the question to use it here',
  },
  'sealed.wrongOrganisationKey': {
    id: 'errors.sealed.wrongOrganisationKey',
    defaultMessage:
      '{field} is not the key of this organisation (its answer keys do not open with it). Use the enrolment file an admin of this organisation made.',
  },
  'sealed.noOrganisationKey': {
    id: 'errors.sealed.noOrganisationKey',
    defaultMessage:
      'This computer does not hold the organisation key, so answer keys and sign-in secrets cannot be read or written here. Enrol it again with an enrolment file from an admin of the organisation.',
  },
  'sealed.copy': {
    id: 'errors.sealed.copy',
    defaultMessage:
      'A sealed test cannot be copied: its questions are its own until it is released. Unseal it first, or build the copy from duplicated questions.',
  },
  'media.notAccepted': {
    id: 'errors.media.notAccepted',
    defaultMessage:
      '“{name}” is not a file exam questions can hold: use PNG, JPEG, GIF, WebP or SVG images, or MP3, Ogg, WAV or M4A audio',
  },
  'media.svgEmpty': {
    id: 'errors.media.svgEmpty',
    defaultMessage: '“{name}” has no drawing left once its scripts and links are removed',
  },
  'media.empty': {
    id: 'errors.media.empty',
    defaultMessage: '“{name}”: the file is empty',
  },
  'media.tooBig': {
    id: 'errors.media.tooBig',
    defaultMessage:
      '“{name}”: the {format} {kind, select, image {image} audio {audio} other {file}} is {size, number} MB; {kind, select, image {an image} audio {an audio clip} other {a file}} may be at most {limit, number} MB',
  },
  'media.notWhole': {
    id: 'errors.media.notWhole',
    defaultMessage: 'The file could not be stored whole; try again',
  },
  'media.notHereYet': {
    id: 'errors.media.notHereYet',
    defaultMessage:
      'This image or clip is not all on this computer yet; it arrives with the next sync',
  },
  'media.damaged': {
    id: 'errors.media.damaged',
    defaultMessage:
      'This image or clip is damaged on this computer; it is fetched again with the next sync',
  },
  'media.sealedCopyChanged': {
    id: 'errors.media.sealedCopyChanged',
    defaultMessage:
      "The sealed copy of image or clip {hash} does not open with this test's key: it was changed on this computer. The test stays sealed; restore the file from a backup, or take it out of the test's questions.",
  },
  'media.sealedCopyNotHere': {
    id: 'errors.media.sealedCopyNotHere',
    defaultMessage:
      'The sealed copy of image or clip {hash} is not all on this computer, so the test stays sealed; sync this computer, then unseal the test again.',
  },
  'plan.mediaQuota': {
    id: 'errors.plan.mediaQuota',
    defaultMessage:
      'max_media_mb ({limit, number}) reached: the {plan} plan allows {limit, number} MB of images and audio, {used, number} MB are stored and this file is {adding, number} MB.',
  },
  'plan.importMediaQuota': {
    id: 'errors.plan.importMediaQuota',
    defaultMessage:
      "max_media_mb ({limit, number}) reached: the {plan} plan allows {limit, number} MB of images and audio, {used, number} MB are stored and the file's images and audio add {adding, number} MB.",
  },
  'plan.limitReached': {
    id: 'errors.plan.limitReached',
    defaultMessage:
      '{key} ({limit}) reached: the {plan} plan allows {limit} {key, select, max_students {students} max_published_tests {published tests} max_devices {devices} max_questions {questions in the bank} other {{key}}} and you have {current}.',
  },
  'plan.limitReachedAdding': {
    id: 'errors.plan.limitReachedAdding',
    defaultMessage:
      '{key} ({limit}) reached: the {plan} plan allows {limit} {key, select, max_students {students} max_published_tests {published tests} max_devices {devices} max_questions {questions in the bank} other {{key}}} and you have {current}; adding {adding} would make {total}.',
  },
  'plan.featureMissing': {
    id: 'errors.plan.featureMissing',
    defaultMessage: '{key} is not included in the {plan} plan.',
  },
  'plan.featureMissingNoPlan': {
    id: 'errors.plan.featureMissingNoPlan',
    defaultMessage: '{key} is not included in your plan.',
  },
  'setup.enrolling': {
    id: 'errors.setup.enrolling',
    defaultMessage:
      'This computer is enrolling with the pre-set enrolment file. Wait for it to finish.',
  },
  'setup.weakPassword': {
    id: 'errors.setup.weakPassword',
    defaultMessage: '{field} is too easy to guess.',
  },
  'setup.weakPasswordHint': {
    id: 'errors.setup.weakPasswordHint',
    defaultMessage: '{field} is too easy to guess. {hint}',
  },
  'setup.emailUsedHere': {
    id: 'errors.setup.emailUsedHere',
    defaultMessage: '{field} is already used on this computer; choose another',
  },
  'backup.examRunning': {
    id: 'errors.backup.examRunning',
    defaultMessage: 'An exam is in progress on this computer. Restore after the exam has ended.',
  },
  'backup.failedCheck': {
    id: 'errors.backup.failedCheck',
    defaultMessage:
      'The snapshot failed its check after restoring ({detail}); the database was put back as it was.',
  },
  'backup.damagedWhenTaken': {
    id: 'errors.backup.damagedWhenTaken',
    defaultMessage: 'Snapshot {name} was already damaged when it was taken: {problems}',
  },
  'backup.cannotRestore': {
    id: 'errors.backup.cannotRestore',
    defaultMessage: 'Snapshot {name} cannot be restored: {problems}',
  },
  'backup.engineCheck': {
    id: 'errors.backup.engineCheck',
    defaultMessage: "Snapshot {name} fails the engine's check: {problems}",
  },
  'rescue.notJson': {
    id: 'errors.rescue.notJson',
    defaultMessage: 'This file is not a rescue file (it is not JSON)',
  },
  'rescue.notRescueFile': {
    id: 'errors.rescue.notRescueFile',
    defaultMessage: 'This file is not an Exam Desk rescue file',
  },
  'rescue.changed': {
    id: 'errors.rescue.changed',
    defaultMessage:
      'The rescue file was changed after it was written (its signature does not match)',
  },
  'rescue.damaged': {
    id: 'errors.rescue.damaged',
    defaultMessage: 'The rescue file holds a damaged payload',
  },
  'rescue.newerPayload': {
    id: 'errors.rescue.newerPayload',
    defaultMessage: 'The rescue file holds a payload this version of the app cannot read',
  },
  'rescue.otherOrganisation': {
    id: 'errors.rescue.otherOrganisation',
    defaultMessage: 'The rescue file was written on a computer of another organisation',
  },
  'rescue.otherOrganisationRow': {
    id: 'errors.rescue.otherOrganisationRow',
    defaultMessage: 'The rescue file holds a {table} row of another organisation',
  },
  'rescue.unknownKey': {
    id: 'errors.rescue.unknownKey',
    defaultMessage:
      'The rescue file is signed with a key computer "{device}" never registered with this organisation (its key reaches the organisation when the computer is enrolled and syncs)',
  },
  'rescue.notImported': {
    id: 'errors.rescue.notImported',
    defaultMessage:
      'The rescue file could not be imported: {detail} (the tests and people it refers to must be on this computer: sync first)',
  },
  'rescue.fullPath': {
    id: 'errors.rescue.fullPath',
    defaultMessage: '{field} must be a full path (starting with / or a drive letter)',
  },
  'rescue.ownFolder': {
    id: 'errors.rescue.ownFolder',
    defaultMessage: '{field} is this computer’s own data folder: choose “This computer” instead',
  },
  'rescue.notAFolder': {
    id: 'errors.rescue.notAFolder',
    defaultMessage: '{field} is not on this computer, or is not a folder',
  },
  'rescue.notDataFolder': {
    id: 'errors.rescue.notDataFolder',
    defaultMessage: '{field} is not an Exam Desk data folder (it holds no device.json)',
  },
  'rescue.pickInDialog': {
    id: 'errors.rescue.pickInDialog',
    defaultMessage: '{field} is picked in the folder dialog in the desktop app, not typed',
  },
  'rescue.folderMissing': {
    id: 'errors.rescue.folderMissing',
    defaultMessage: '{field} is missing: type the data folder’s full path',
  },
  'rescue.otherOrganisationFolder': {
    id: 'errors.rescue.otherOrganisationFolder',
    defaultMessage: '{field} is one of another organisation: it cannot be rescued here',
  },
  'rescue.unreadable': {
    id: 'errors.rescue.unreadable',
    defaultMessage: '{field} cannot be read ({detail})',
  },
  'people.takenDuringImport': {
    id: 'errors.people.takenDuringImport',
    defaultMessage: '{email} was taken while the import ran; try again',
  },
  'people.onlyAdmins': {
    id: 'errors.people.onlyAdmins',
    defaultMessage: 'Only admins manage staff',
  },
  'people.notYourself': {
    id: 'errors.people.notYourself',
    defaultMessage: 'You cannot deactivate yourself or remove your own admin role',
  },
  'people.noPinRole': {
    id: 'errors.people.noPinRole',
    defaultMessage: '{name} is not a proctor or admin, so has no PIN',
  },
  'people.noPin': {
    id: 'errors.people.noPin',
    defaultMessage: '{name} has no PIN to reset',
  },
  'tests.archived': {
    id: 'errors.tests.archived',
    defaultMessage: 'This test is archived; unarchive it before changing it',
  },
  'tests.closed': {
    id: 'errors.tests.closed',
    defaultMessage: 'This test is closed; reopen it to change {fields}',
  },
  'tests.beingSat': {
    id: 'errors.tests.beingSat',
    defaultMessage:
      '{count, plural, one {# student is} other {# students are}} sitting this test now, so {fields} cannot change under them. Wait until they submit, or duplicate the test.',
  },
  'tests.noSuchQuestion': {
    id: 'errors.tests.noSuchQuestion',
    defaultMessage: 'No such question in the bank',
  },
  'tests.cannotMove': {
    id: 'errors.tests.cannotMove',
    defaultMessage:
      'A {status, select, draft {draft} published {published} closed {closed} archived {archived} other {{status}}} test cannot be made {to, select, draft {draft} published {published} closed {closed} archived {archived} other {{to}}}',
  },
  'tests.cannotDelete': {
    id: 'errors.tests.cannotDelete',
    defaultMessage:
      'A {status, select, draft {draft} published {published} closed {closed} archived {archived} other {{status}}} test cannot be deleted; archive it instead',
  },
  'tests.satCannotDelete': {
    id: 'errors.tests.satCannotDelete',
    defaultMessage: 'Students have sat this test; archive it instead',
  },
  'tests.drawTooFew': {
    id: 'errors.tests.drawTooFew',
    defaultMessage:
      'Only {count, plural, one {# question} other {# questions}} not already in the test match{filter, select, none {} other { ({filter})}}',
  },
  'import.dialogDesktopOnly': {
    id: 'errors.import.dialogDesktopOnly',
    defaultMessage: 'The open dialog is the desktop app’s; here, choose the file in the page',
  },
  'import.fileEmpty': {
    id: 'errors.import.fileEmpty',
    defaultMessage: '{name} is empty',
  },
  'import.fileTooLarge': {
    id: 'errors.import.fileTooLarge',
    defaultMessage: '{name} is too large (at most 256 MB)',
  },
  'import.tooManyUploads': {
    id: 'errors.import.tooManyUploads',
    defaultMessage: '{count} uploads are already open in this window; import or close one first',
  },
  'import.othersInFlight': {
    id: 'errors.import.othersInFlight',
    defaultMessage: 'Other uploads on this computer hold {size}; try again once they are imported',
  },
  'import.offset': {
    id: 'errors.import.offset',
    defaultMessage: '{field} must be {received}, the bytes received so far',
  },
  'import.pastDeclared': {
    id: 'errors.import.pastDeclared',
    defaultMessage: 'Goes past the {size} bytes declared when the upload started',
  },
  'import.notFullyUploaded': {
    id: 'errors.import.notFullyUploaded',
    defaultMessage: 'Names a file not fully uploaded yet: {received} of {size} bytes came',
  },
  'sync.notSyncServer': {
    id: 'errors.sync.notSyncServer',
    defaultMessage: 'The server at {url} did not answer like a Turso sync server',
  },
  'sync.enrolledElsewhere': {
    id: 'errors.sync.enrolledElsewhere',
    defaultMessage:
      'This computer is enrolled into {url}. Un-enrol it first to move it to another database.',
  },
  'sync.examRunning': {
    id: 'errors.sync.examRunning',
    defaultMessage: 'An exam is in progress on this computer. Enrol it after the exam has ended.',
  },
  'sync.emptyNoOrganisation': {
    id: 'errors.sync.emptyNoOrganisation',
    defaultMessage:
      'The organisation database at {url} is empty, and this computer has no organisation to put in it. Enrol into a database that already holds your organisation, or create the organisation on this computer first and then publish it from Admin → Sync.',
  },
  'sync.emptyDemo': {
    id: 'errors.sync.emptyDemo',
    defaultMessage:
      'The organisation database at {url} is empty, and this computer holds the demo organisation. A demo cannot be published as a real organisation: its passwords and PINs are public. Enrol into a database that already holds your organisation, or set this computer up again with a new organisation.',
  },
  'sync.downloadFailed': {
    id: 'errors.sync.downloadFailed',
    defaultMessage: 'The organisation database could not be downloaded ({detail})',
  },
  'sync.notEnrolled': {
    id: 'errors.sync.notEnrolled',
    defaultMessage: 'This computer is not enrolled.',
  },
  'sync.unsent': {
    id: 'errors.sync.unsent',
    defaultMessage:
      '{count, plural, one {# change has} other {# changes have}} not reached the server yet. Sync now, or export them first, then un-enrol.',
  },
  'server.tokenRefused': {
    id: 'errors.server.tokenRefused',
    defaultMessage:
      'The server refused this token (it may be wrong, expired or for another database)',
  },
  'server.noDatabase': {
    id: 'errors.server.noDatabase',
    defaultMessage: 'There is no database at {address}',
  },
  'server.answered': {
    id: 'errors.server.answered',
    defaultMessage: 'The server at {address} answered {status}; is this a Turso sync URL?',
  },
  'server.noAnswerInTime': {
    id: 'errors.server.noAnswerInTime',
    defaultMessage: 'The server at {address} did not answer in time',
  },
  'server.unreachable': {
    id: 'errors.server.unreachable',
    defaultMessage: 'Could not reach a sync server at {address} ({detail})',
  },
  'server.notSyncUrl': {
    id: 'errors.server.notSyncUrl',
    defaultMessage:
      '{address} is not a sync URL ({detail}); expected libsql://your-db.turso.io or https://...',
  },
  'grading.stillSat': {
    id: 'errors.grading.stillSat',
    defaultMessage: 'This attempt is still being sat; grade it after it is submitted',
  },
  'grading.marksAtMost': {
    id: 'errors.grading.marksAtMost',
    defaultMessage: '{field} can be at most {max} for this question',
  },
  'grading.readBack': {
    id: 'errors.grading.readBack',
    defaultMessage: 'The answer could not be read back',
  },
  'questions.noSuchTest': {
    id: 'errors.questions.noSuchTest',
    defaultMessage: 'There is no such test',
  },
  'questions.notSealed': {
    id: 'errors.questions.notSealed',
    defaultMessage: 'That test is not sealed',
  },
  'questions.versionMoved': {
    id: 'errors.questions.versionMoved',
    defaultMessage:
      'This question was saved as version {current} after you opened version {base}. Reload it to see the changes.',
  },
  'questions.deletedEdit': {
    id: 'errors.questions.deletedEdit',
    defaultMessage: 'This question is deleted. Restore it before editing.',
  },
  'questions.deletedCopy': {
    id: 'errors.questions.deletedCopy',
    defaultMessage: 'This question is deleted. Restore it before copying it.',
  },
  'questions.alreadyDeleted': {
    id: 'errors.questions.alreadyDeleted',
    defaultMessage: 'This question is already deleted',
  },
  'questions.notDeleted': {
    id: 'errors.questions.notDeleted',
    defaultMessage: 'This question is not deleted',
  },
  'questions.noMatch': {
    id: 'errors.questions.noMatch',
    defaultMessage: 'No questions match',
  },
  'questions.notInConflict': {
    id: 'errors.questions.notInConflict',
    defaultMessage: 'This question is not in conflict any more.',
  },
  thisValue: { id: 'errors.thisValue', defaultMessage: 'This value' },
});
