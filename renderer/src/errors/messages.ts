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
  thisValue: { id: 'errors.thisValue', defaultMessage: 'This value' },
});
