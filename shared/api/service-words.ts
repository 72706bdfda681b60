import type { NoValues } from '../validation/issue-words';

/**
 * The refusals main's services write (a conflict, a thing not found, a plan
 * limit, an import or a sealed test refused), each with a stable message id
 * and the values that vary in it, so a screen can say it in its own language.
 * The English here is what the API's `message` says; each id has a message in
 * every catalogue (renderer/src/errors), said with the same values.
 */

/** What was not found, by the noun `notFound` names it with. */
export const foundThings = {
  person: 'Person',
  test: 'Test',
  media: 'Media',
  accommodation: 'Accommodation',
  answer: 'Answer',
  attempt: 'Attempt',
  attemptInProgress: 'Attempt in progress',
  break: 'Break',
  competingVersion: 'Competing version',
  import: 'Import',
  organisation: 'Organisation',
  question: 'Question',
  questionVersion: 'Question version',
  setAside: 'Set-aside change',
  subscription: 'Subscription',
  upload: 'the upload',
} as const;

export type FoundThing = keyof typeof foundThings;

/** A wait in its largest whole unit, as a lockout after wrong guesses is said. */
export interface WaitValues {
  amount: number;
  unit: 'second' | 'minute' | 'hour';
}

const wait = ({ amount, unit }: WaitValues) => `${amount} ${unit}${amount === 1 ? '' : 's'}`;

/** A test's status, as the lifecycle refusals name it. */
type TestStatusWord = 'draft' | 'published' | 'closed' | 'archived';

const englishWords = {
  'found.thing': ({ thing }: { thing: FoundThing }) => `${foundThings[thing]} was not found`,
  'found.snapshot': ({ name }: { name: string }) => `Snapshot ${name} was not found`,
  'found.rescueRow': ({ table, row }: { table: string; row: string }) =>
    `The ${table} row ${row} of this organisation was not found`,

  'api.unknownMethod': ({ method }: { method: string }) => `Unknown API method "${method}"`,
  'api.notAvailable': ({ method }: { method: string }) => `"${method}" is not available`,

  'guess.tooManyPasswords': (p: WaitValues) => `Too many wrong passwords. Try again in ${wait(p)}.`,
  'guess.passwordLocked': (p: WaitValues) =>
    `That is not your password, and too many were wrong: try again in ${wait(p)}.`,
  'guess.tooManyCodes': (p: WaitValues) => `Too many wrong codes. Try again in ${wait(p)}.`,
  'guess.codeLocked': (p: WaitValues) =>
    `That code is not right, and too many were wrong: try again in ${wait(p)}.`,
  'guess.tooManyPins': (p: WaitValues) => `Too many wrong PINs. Try again in ${wait(p)}.`,
  'guess.pinLocked': (p: WaitValues) =>
    `That PIN is not right, and too many were wrong: try again in ${wait(p)}.`,

  'exam.notOpen': () => 'This test is not open now',
  'exam.attemptsUsed': ({ count }: { count: number }) =>
    `You have used all ${count} of your attempts at this test`,
  'exam.noStartCode': () => 'The proctor has not issued a start code for this test yet',
  'exam.noQuestions': () => 'This test has no questions yet',
  'exam.attemptEnded': () => 'This attempt has ended',
  'exam.alreadyEnded': () => 'This attempt has already ended',
  'exam.startedElsewhere': () =>
    'this attempt was started on another computer; ask your proctor for a resume code',
  'exam.interrupted': () => 'the exam was interrupted; ask your proctor for a resume code',
  'exam.clockNotStarted': () => 'The exam clock could not be started',
  'exam.timeUp': () => 'Time is up: your saved answers have been submitted',
  'exam.resumeCodeFirst': () => 'Enter the resume code from your proctor first',
  'exam.onBreak': () => 'You are on a rest break: go back to your exam to answer or submit',
  'exam.endedNothingSaved': () => 'This attempt has ended; nothing more can be saved',
  'exam.endedNothingPlayed': () => 'This attempt has ended; nothing more can be played',
  'exam.runningElsewhere': () => 'This attempt is running on another computer',
  'exam.notRunningHere': () => 'This attempt is not running here',
  'exam.notOnPaper': () => 'this question is not on your paper',
  'exam.passageNoAnswer': () => 'this is a passage to read; it takes no answer',
  'exam.noSuchRecording': () => 'this question plays no such recording',
  'exam.playLimit': ({ limit }: { limit: number }) =>
    `This recording may be played ${limit === 1 ? 'once' : `${limit} times`}, and it has been`,
  'exam.noPaper': () => 'This attempt has no paper recorded',
  'exam.questionsMissing': () =>
    'Some questions of this exam are not on this computer yet. Ask your proctor to sync it.',

  'breaks.untimed': () => 'This exam is untimed: there is no clock to pause',
  'breaks.noneArranged': () =>
    'No rest breaks were arranged for you in this exam; ask your proctor',
  'breaks.allUsed': () => 'You have used all of your rest break time',
  'breaks.onBreak': () => 'You are on a rest break now',
  'breaks.asked': () => 'You have asked for a rest break already',
  'breaks.notOnBreak': () => 'You are not on a rest break, and have not asked for one',

  'proctor.untimedExtend': () => 'This test is untimed; there is no time to extend',
  'proctor.untimedPause': () => 'This test is untimed; there is no clock to pause',
  'proctor.noBreakArranged': () => 'No rest break time was arranged for this student in this exam',
  'proctor.breakUsed': () => 'This student has used all of their rest break time',
  'proctor.onBreak': () => 'This student is on a rest break now',
  'proctor.breakApproved': () =>
    'This break is approved already; it starts when the student’s computer receives it',
  'proctor.startCodePublished': () => 'Only a published test can have a start code',

  'accommodations.notStudent': ({ name }: { name: string }) =>
    `${name} is not a student; accommodations are for students`,
  'accommodations.noSuchTest': () => 'no such test in your organisation',

  'sealed.alsoIn': ({ tests }: { tests: string }) =>
    `some of these questions are also in ${tests}; a sealed test's questions are its own until it is released. Duplicate the questions for the other test, or take them out of it first.`,
  'sealed.elsewhere': ({ count }: { count: number }) =>
    `${count === 1 ? 'a question is' : `${count} questions are`} sealed for another test until it is released; duplicate the question to use it here`,
  'sealed.wrongOrganisationKey': () =>
    'is not the key of this organisation (its answer keys do not open with it). Use the enrolment file an admin of this organisation made.',
  'sealed.noOrganisationKey': () =>
    'This computer does not hold the organisation key, so answer keys and sign-in secrets cannot be read or written here. Enrol it again with an enrolment file from an admin of the organisation.',
  'sealed.copy': () =>
    'A sealed test cannot be copied: its questions are its own until it is released. Unseal it first, or build the copy from duplicated questions.',

  'media.notAccepted': ({ name }: { name: string }) =>
    `“${name}” is not a file exam questions can hold: use PNG, JPEG, GIF, WebP or SVG images, or MP3, Ogg, WAV or M4A audio`,
  'media.svgEmpty': ({ name }: { name: string }) =>
    `“${name}” has no drawing left once its scripts and links are removed`,
  'media.empty': ({ name }: { name: string }) => `“${name}”: the file is empty`,
  /** `format`: the file's format (PNG, MP3, …); `kind`: image or audio; sizes in MB. */
  'media.tooBig': (p: {
    name: string;
    format: string;
    kind: 'image' | 'audio';
    size: number;
    limit: number;
  }) =>
    `“${p.name}”: the ${p.format} ${p.kind} is ${p.size} MB; ${p.kind === 'image' ? 'an image' : 'an audio clip'} may be at most ${p.limit} MB`,
  'media.notWhole': () => 'The file could not be stored whole; try again',
  'media.notHereYet': () =>
    'This image or clip is not all on this computer yet; it arrives with the next sync',
  'media.damaged': () =>
    'This image or clip is damaged on this computer; it is fetched again with the next sync',
  /** `hash`: the file's SHA-256, as the question refers to it. */
  'media.sealedCopyChanged': ({ hash }: { hash: string }) =>
    `The sealed copy of image or clip ${hash} does not open with this test's key: it was changed on this computer. The test stays sealed; restore the file from a backup, or take it out of the test's questions.`,
  'media.sealedCopyNotHere': ({ hash }: { hash: string }) =>
    `The sealed copy of image or clip ${hash} is not all on this computer, so the test stays sealed; sync this computer, then unseal the test again.`,

  /** Sizes in MB, to a tenth. `plan`: the plan's name. */
  'plan.mediaQuota': (p: { limit: number; plan: string; used: number; adding: number }) =>
    `max_media_mb (${p.limit}) reached: the ${p.plan} plan allows ${p.limit} MB of images and audio, ${p.used} MB are stored and this file is ${p.adding} MB.`,
  'plan.importMediaQuota': (p: { limit: number; plan: string; used: number; adding: number }) =>
    `max_media_mb (${p.limit}) reached: the ${p.plan} plan allows ${p.limit} MB of images and audio, ${p.used} MB are stored and the file's images and audio add ${p.adding} MB.`,
  /** `key`: max_students, max_published_tests, max_devices or max_questions. */
  'plan.limitReached': (p: { key: string; limit: number; plan: string; current: number }) =>
    `${p.key} (${p.limit}) reached: the ${p.plan} plan allows ${p.limit} ${limitNouns[p.key] ?? p.key} and you have ${p.current}.`,
  'plan.limitReachedAdding': (p: {
    key: string;
    limit: number;
    plan: string;
    current: number;
    adding: number;
    total: number;
  }) =>
    `${p.key} (${p.limit}) reached: the ${p.plan} plan allows ${p.limit} ${limitNouns[p.key] ?? p.key} and you have ${p.current}; adding ${p.adding} would make ${p.total}.`,
  'plan.featureMissing': ({ key, plan }: { key: string; plan: string }) =>
    `${key} is not included in the ${plan} plan.`,
  'plan.featureMissingNoPlan': ({ key }: { key: string }) => `${key} is not included in your plan.`,

  'setup.enrolling': () =>
    'This computer is enrolling with the pre-set enrolment file. Wait for it to finish.',
  'setup.weakPassword': () => 'is too easy to guess.',
  /** `hint`: the strength checker's own advice, in English. */
  'setup.weakPasswordHint': ({ hint }: { hint: string }) => `is too easy to guess. ${hint}`,
  'setup.emailUsedHere': () => 'is already used on this computer; choose another',

  'backup.examRunning': () =>
    'An exam is in progress on this computer. Restore after the exam has ended.',
  /** `detail`: the engine's own words, quoted as data. */
  'backup.failedCheck': ({ detail }: { detail: string }) =>
    `The snapshot failed its check after restoring (${detail}); the database was put back as it was.`,
  'backup.damagedWhenTaken': ({ name, problems }: { name: string; problems: string }) =>
    `Snapshot ${name} was already damaged when it was taken: ${problems}`,
  'backup.cannotRestore': ({ name, problems }: { name: string; problems: string }) =>
    `Snapshot ${name} cannot be restored: ${problems}`,
  'backup.engineCheck': ({ name, problems }: { name: string; problems: string }) =>
    `Snapshot ${name} fails the engine's check: ${problems}`,

  'rescue.notJson': () => 'This file is not a rescue file (it is not JSON)',
  'rescue.notRescueFile': () => 'This file is not an Exam Desk rescue file',
  'rescue.changed': () =>
    'The rescue file was changed after it was written (its signature does not match)',
  'rescue.damaged': () => 'The rescue file holds a damaged payload',
  'rescue.newerPayload': () =>
    'The rescue file holds a payload this version of the app cannot read',
  'rescue.otherOrganisation': () =>
    'The rescue file was written on a computer of another organisation',
  'rescue.otherOrganisationRow': ({ table }: { table: string }) =>
    `The rescue file holds a ${table} row of another organisation`,
  'rescue.unknownKey': ({ device }: { device: string }) =>
    `The rescue file is signed with a key computer "${device}" never registered with this organisation (its key reaches the organisation when the computer is enrolled and syncs)`,
  'rescue.notImported': ({ detail }: { detail: string }) =>
    `The rescue file could not be imported: ${detail} (the tests and people it refers to must be on this computer: sync first)`,
  'rescue.fullPath': () => 'must be a full path (starting with / or a drive letter)',
  'rescue.ownFolder': () => 'is this computer’s own data folder: choose “This computer” instead',
  'rescue.notAFolder': () => 'is not on this computer, or is not a folder',
  'rescue.notDataFolder': () => 'is not an Exam Desk data folder (it holds no device.json)',
  'rescue.pickInDialog': () => 'is picked in the folder dialog in the desktop app, not typed',
  'rescue.folderMissing': () => 'is missing: type the data folder’s full path',
  'rescue.otherOrganisationFolder': () =>
    'is one of another organisation: it cannot be rescued here',
  'rescue.unreadable': ({ detail }: { detail: string }) => `cannot be read (${detail})`,

  'people.takenDuringImport': ({ email }: { email: string }) =>
    `${email} was taken while the import ran; try again`,
  'people.onlyAdmins': () => 'Only admins manage staff',
  'people.notYourself': () => 'You cannot deactivate yourself or remove your own admin role',
  'people.noPinRole': ({ name }: { name: string }) =>
    `${name} is not a proctor or admin, so has no PIN`,
  'people.noPin': ({ name }: { name: string }) => `${name} has no PIN to reset`,

  'tests.archived': () => 'This test is archived; unarchive it before changing it',
  /** `fields`: the settings changed, as their names, joined. */
  'tests.closed': ({ fields }: { fields: string }) =>
    `This test is closed; reopen it to change ${fields}`,
  'tests.beingSat': ({ count, fields }: { count: number; fields: string }) =>
    `${count} student${count === 1 ? ' is' : 's are'} sitting this test now, so ${fields} cannot change under them. Wait until they submit, or duplicate the test.`,
  'tests.noSuchQuestion': () => 'no such question in the bank',
  'tests.cannotMove': ({ status, to }: { status: TestStatusWord; to: TestStatusWord }) =>
    `A ${status} test cannot be made ${to}`,
  'tests.cannotDelete': ({ status }: { status: TestStatusWord }) =>
    `A ${status} test cannot be deleted; archive it instead`,
  'tests.satCannotDelete': () => 'Students have sat this test; archive it instead',
  /** `filter`: the draw's tag, difficulty and type as typed, or `none`. */
  'tests.drawTooFew': ({ count, filter }: { count: number; filter: string }) =>
    `only ${count} question${count === 1 ? '' : 's'} not already in the test match${filter === 'none' ? '' : ` (${filter})`}`,

  'import.dialogDesktopOnly': () =>
    'The open dialog is the desktop app’s; here, choose the file in the page',
  'import.fileEmpty': ({ name }: { name: string }) => `${name} is empty`,
  'import.fileTooLarge': ({ name }: { name: string }) => `${name} is too large (at most 256 MB)`,
  'import.tooManyUploads': ({ count }: { count: number }) =>
    `${count} uploads are already open in this window; import or close one first`,
  /** `size`: already in words (`12.5 MB`). */
  'import.othersInFlight': ({ size }: { size: string }) =>
    `Other uploads on this computer hold ${size}; try again once they are imported`,
  'import.offset': ({ received }: { received: number }) =>
    `must be ${received}, the bytes received so far`,
  'import.pastDeclared': ({ size }: { size: number }) =>
    `goes past the ${size} bytes declared when the upload started`,
  'import.notFullyUploaded': ({ received, size }: { received: number; size: number }) =>
    `names a file not fully uploaded yet: ${received} of ${size} bytes came`,

  'sync.notSyncServer': ({ url }: { url: string }) =>
    `the server at ${url} did not answer like a Turso sync server`,
  'sync.enrolledElsewhere': ({ url }: { url: string }) =>
    `This computer is enrolled into ${url}. Un-enrol it first to move it to another database.`,
  'sync.examRunning': () =>
    'An exam is in progress on this computer. Enrol it after the exam has ended.',
  'sync.emptyNoOrganisation': ({ url }: { url: string }) =>
    `The organisation database at ${url} is empty, and this computer has no organisation to put in it. Enrol into a database that already holds your organisation, or create the organisation on this computer first and then publish it from Admin → Sync.`,
  'sync.emptyDemo': ({ url }: { url: string }) =>
    `The organisation database at ${url} is empty, and this computer holds the demo organisation. A demo cannot be published as a real organisation: its passwords and PINs are public. Enrol into a database that already holds your organisation, or set this computer up again with a new organisation.`,
  'sync.downloadFailed': ({ detail }: { detail: string }) =>
    `the organisation database could not be downloaded (${detail})`,
  'sync.notEnrolled': () => 'This computer is not enrolled.',
  'sync.unsent': ({ count }: { count: number }) =>
    `${count} change${count === 1 ? ' has' : 's have'} not reached the server yet. Sync now, or export them first, then un-enrol.`,

  'server.tokenRefused': () =>
    'the server refused this token (it may be wrong, expired or for another database)',
  'server.noDatabase': ({ address }: { address: string }) => `there is no database at ${address}`,
  'server.answered': ({ address, status }: { address: string; status: number }) =>
    `the server at ${address} answered ${status}; is this a Turso sync URL?`,
  'server.noAnswerInTime': ({ address }: { address: string }) =>
    `the server at ${address} did not answer in time`,
  /** `detail`: the network's own words, quoted as data. */
  'server.unreachable': ({ address, detail }: { address: string; detail: string }) =>
    `could not reach a sync server at ${address} (${detail})`,
  'server.notSyncUrl': ({ address, detail }: { address: string; detail: string }) =>
    `${address} is not a sync URL (${detail}); expected libsql://your-db.turso.io or https://...`,

  'grading.stillSat': () => 'This attempt is still being sat; grade it after it is submitted',
  'grading.marksAtMost': ({ max }: { max: number }) => `can be at most ${max} for this question`,
  'grading.readBack': () => 'The answer could not be read back',

  'questions.noSuchTest': () => 'there is no such test',
  'questions.notSealed': () => 'that test is not sealed',
  'questions.versionMoved': ({ current, base }: { current: number; base: number }) =>
    `This question was saved as version ${current} after you opened version ${base}. Reload it to see the changes.`,
  'questions.deletedEdit': () => 'This question is deleted. Restore it before editing.',
  'questions.deletedCopy': () => 'This question is deleted. Restore it before copying it.',
  'questions.alreadyDeleted': () => 'This question is already deleted',
  'questions.notDeleted': () => 'This question is not deleted',
  'questions.noMatch': () => 'no questions match',
  'questions.notInConflict': () => 'This question is not in conflict any more.',
} as const;

/** Plan limits by what they count, as the limit refusals name them. */
const limitNouns: Readonly<Record<string, string | undefined>> = {
  max_students: 'students',
  max_published_tests: 'published tests',
  max_devices: 'devices',
  max_questions: 'questions in the bank',
};

type Words = typeof englishWords;

export type ServiceMessageId = keyof Words;

/** The values each service refusal is said with (none for a fixed sentence). */
export type ServiceMessageParams = {
  [K in ServiceMessageId]: Parameters<Words[K]>[0] extends infer P
    ? undefined extends P
      ? NoValues
      : P
    : never;
};

export const englishServiceWords: {
  readonly [K in ServiceMessageId]: (p: ServiceMessageParams[K]) => string;
} = englishWords;

/** One service refusal's id with its values, as a value to keep and say later. */
export type ServiceSaid = {
  [K in ServiceMessageId]: ServiceMessageParams[K] extends NoValues
    ? { id: K; values?: NoValues }
    : { id: K; values: ServiceMessageParams[K] };
}[ServiceMessageId];

/** The English of a kept refusal. */
export function englishOfSaid(said: ServiceSaid): string {
  const say = englishServiceWords[said.id] as (p: ServiceSaid['values']) => string;
  return say(said.values ?? {});
}

export const serviceMessageIds = Object.keys(englishWords) as ServiceMessageId[];

/** A wait in milliseconds as the lockout refusals say it (see `waitInWords`). */
export function waitValues(ms: number): WaitValues {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return { amount: seconds, unit: 'second' };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return { amount: minutes, unit: 'minute' };
  return { amount: Math.ceil(minutes / 60), unit: 'hour' };
}
