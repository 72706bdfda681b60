/**
 * The sentences schemas and services write of their own (`enter your email`,
 * `must be a number of minutes`), each with a stable message id, so a screen
 * can say it in its own language. The schemas keep writing the English; a
 * refusal whose English is here carries the id beside it (see
 * `validationError` and `invalid`). A sentence that is changed in a schema
 * and not here still reaches the screen, in English.
 */
export const validationSentences = {
  'sentence.enterYourEmail': 'enter your email',
  'sentence.enterValidEmail': 'enter a valid email address',
  'sentence.enterYourPassword': 'enter your password',
  'sentence.enterAccountPassword': 'enter your account password',
  'sentence.notYourPassword': 'that is not your password',
  'sentence.pinNotRight': 'that PIN is not right',
  'sentence.useAtLeast8': 'use at least 8 characters',
  'sentence.useAtMost200': 'use at most 200 characters',
  'sentence.useAtMost100': 'use at most 100 characters',
  'sentence.nameRequired': 'a name is required',
  'sentence.emailTaken': 'someone already uses this email',
  'sentence.enterOrganisationName': 'enter the organisation’s name',
  'sentence.enterAdminName': 'enter the admin’s name',
  'sentence.enterAdminEmail': 'enter the admin’s email',
  'sentence.organisationNeedsName': 'the organisation needs a name',
  'sentence.fileEmpty': 'the file is empty',
  'sentence.enterStartCode': 'enter the start code from your proctor',
  'sentence.enterProctorDigits': 'enter the digits the proctor gave you',
  'sentence.codeNotRight': 'that code is not right; check it with your proctor',
  'sentence.sayWhy': 'say why, for the audit trail',
  'sentence.reasonTooLong': 'keep the reason under 500 characters',
  'sentence.enterMinutes': 'enter a number of minutes',
  'sentence.wholeMinutesOnly': 'whole minutes only',
  'sentence.atLeastOneMinute': 'at least 1 minute',
  'sentence.atMost600Minutes': 'at most 600 minutes',
  'sentence.mustBeNumber': 'must be a number',
  'sentence.mustBeMinutes': 'must be a number of minutes',
  'sentence.mustBeDateTime': 'must be an ISO-8601 date and time',
  'sentence.mustBeLocale': 'must be en, fr or ar',
  'sentence.questionTextRequired': 'question text is required',
  'sentence.optionTextRequired': 'option text is required',
  'sentence.optionIdRequired': 'option id is required',
  'sentence.marksNotNegative': 'marks cannot be negative',
  'sentence.pickCorrectOption': 'pick at least one correct option',
  'sentence.pairEachPremise': 'pair each premise with a response',
  'sentence.twoItemsInOrder': 'put at least two items in order',
  'sentence.giveAcceptedAnswer': 'give at least one accepted answer',
  'sentence.acceptedAnswerBlank': 'an accepted answer cannot be blank',
  'sentence.addQuestion': 'add at least one question',
  'sentence.choiceTwoOptions': 'a choice question needs at least two options',
  'sentence.enterSyncUrl': 'enter the sync URL',
  'sentence.enterAuthToken': 'enter the auth token',
  'sentence.nameThisComputer': 'give this computer a name staff will recognise',
  'sentence.dataFolderEmpty': 'the data folder is empty',
  'sentence.noSuchStudent': 'no such student in your organisation',
  'sentence.sealedNeedsRelease':
    'a sealed test needs a start time (available from) or a start code, because one of them is what releases its questions',
} as const;

export type SentenceId = keyof typeof validationSentences;

export const sentenceIds = Object.keys(validationSentences) as SentenceId[];

const byText: ReadonlyMap<string, SentenceId> = new Map(
  sentenceIds.map((id) => [validationSentences[id], id]),
);

/** The id of a sentence written by a schema or service, when it is one of the table's. */
export function sentenceIdOf(text: string): SentenceId | null {
  return byText.get(text.trim()) ?? null;
}
