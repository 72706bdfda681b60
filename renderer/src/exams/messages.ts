import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  yourAnswer: { id: 'exams.yourAnswer', defaultMessage: 'Your answer' },
  numericLabel: { id: 'exams.numericLabel', defaultMessage: 'Your answer (a number)' },
  numericHint: { id: 'exams.numericHint', defaultMessage: 'Digits, with a point for decimals.' },
  numericHintComma: {
    id: 'exams.numericHintComma',
    defaultMessage: 'Digits, with a comma or a point for decimals.',
  },
  notANumber: {
    id: 'exams.notANumber',
    defaultMessage: 'That is not a number yet, so it is not saved.',
  },
  ambiguousNumber: {
    id: 'exams.ambiguousNumber',
    defaultMessage:
      '{text} could be a decimal or a thousands separator, so it is not saved. Write it without the separator, or with {decimal} for decimals.',
  },
  true: { id: 'exams.true', defaultMessage: 'True' },
  false: { id: 'exams.false', defaultMessage: 'False' },
  words: { id: 'exams.words', defaultMessage: '{count, plural, one {# word} other {# words}}' },
  atLeast: { id: 'exams.atLeast', defaultMessage: ' · at least {count}' },
  atMost: { id: 'exams.atMost', defaultMessage: ' · at most {count}' },
  overLimit: { id: 'exams.overLimit', defaultMessage: ' — over the limit' },
  underMinimum: { id: 'exams.underMinimum', defaultMessage: ' — under the minimum' },
  typeSingleChoice: { id: 'exams.typeSingleChoice', defaultMessage: 'Single choice' },
  typeMultipleResponse: { id: 'exams.typeMultipleResponse', defaultMessage: 'Multiple response' },
  typeTrueFalse: { id: 'exams.typeTrueFalse', defaultMessage: 'True / false' },
  typeShortAnswer: { id: 'exams.typeShortAnswer', defaultMessage: 'Short answer' },
  typeNumeric: { id: 'exams.typeNumeric', defaultMessage: 'Numeric' },
  typeEssay: { id: 'exams.typeEssay', defaultMessage: 'Essay' },
  typeMatching: { id: 'exams.typeMatching', defaultMessage: 'Matching' },
  typeOrdering: { id: 'exams.typeOrdering', defaultMessage: 'Ordering' },
  typeCloze: { id: 'exams.typeCloze', defaultMessage: 'Gap fill' },
  typeDescription: { id: 'exams.typeDescription', defaultMessage: 'Description' },
  questionNumber: {
    id: 'exams.questionNumber',
    defaultMessage: 'Question {number} <of>of {total}</of>',
  },
  nothingToAnswer: { id: 'exams.nothingToAnswer', defaultMessage: 'nothing to answer' },
  marks: { id: 'exams.marks', defaultMessage: '{count, plural, one {# mark} other {# marks}}' },
});
