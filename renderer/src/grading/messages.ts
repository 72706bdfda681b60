import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  loading: { id: 'grading.loading', defaultMessage: 'Loading answers to grade…' },
  essayAnswers: { id: 'grading.essayAnswers', defaultMessage: 'Essay answers' },
  waiting: { id: 'grading.waiting', defaultMessage: 'Waiting for a grader' },
  answerCount: {
    id: 'grading.answerCount',
    defaultMessage: '{count, plural, one {# answer} other {# answers}}',
  },
  hideNames: { id: 'grading.hideNames', defaultMessage: 'Hide student names' },
  includeGraded: { id: 'grading.includeGraded', defaultMessage: 'Include graded answers' },
  nothingToGrade: { id: 'grading.nothingToGrade', defaultMessage: 'Nothing to grade' },
  allGraded: { id: 'grading.allGraded', defaultMessage: 'Every essay of this test has its marks.' },
  answerBy: { id: 'grading.answerBy', defaultMessage: 'Answer by {student}' },
  aStudent: { id: 'grading.aStudent', defaultMessage: 'a student' },
  anonymous: { id: 'grading.anonymous', defaultMessage: 'Anonymous' },
  studentAndQuestion: {
    id: 'grading.studentAndQuestion',
    defaultMessage: '{student} · {question}',
  },
  noAnswer: { id: 'grading.noAnswer', defaultMessage: '(no answer)' },
  wordCount: {
    id: 'grading.wordCount',
    defaultMessage: '{count, plural, one {# word} other {# words}}',
  },
  atLeast: { id: 'grading.atLeast', defaultMessage: ' · at least {count, number}' },
  atMost: { id: 'grading.atMost', defaultMessage: ' · at most {count, number}' },
  marksOutOf: { id: 'grading.marksOutOf', defaultMessage: 'Marks (out of {max, number})' },
  comment: { id: 'grading.comment', defaultMessage: 'Comment for the student' },
  updateGrade: { id: 'grading.updateGrade', defaultMessage: 'Update grade' },
  saveGrade: { id: 'grading.saveGrade', defaultMessage: 'Save grade' },
});
