import { defineMessages } from '../../i18n/catalogue';

export const messages = defineMessages({
  title: { id: 'admin.overview.title', defaultMessage: 'Overview' },
  lede: { id: 'admin.overview.lede', defaultMessage: '{organisation} at a glance.' },
  tests: { id: 'admin.overview.tests', defaultMessage: 'Tests' },
  testCount: {
    id: 'admin.overview.testCount',
    defaultMessage: '{count, plural, one {# test} other {# tests}}',
  },
  openTests: { id: 'admin.overview.openTests', defaultMessage: 'Open Tests' },
  testsError: { id: 'admin.overview.testsError', defaultMessage: 'Tests could not be loaded' },
  loadingTests: { id: 'admin.overview.loadingTests', defaultMessage: 'Loading tests…' },
  noTestsYet: { id: 'admin.overview.noTestsYet', defaultMessage: 'No tests yet' },
  noTestsBody: {
    id: 'admin.overview.noTestsBody',
    defaultMessage: 'Tests assembled from the question bank appear here.',
  },
  questionBank: { id: 'admin.overview.questionBank', defaultMessage: 'Question bank' },
  questionsInBank: { id: 'admin.overview.questionsInBank', defaultMessage: 'Questions in bank' },
  notCountingDeleted: {
    id: 'admin.overview.notCountingDeleted',
    defaultMessage: 'Not counting deleted questions',
  },
  people: { id: 'admin.overview.people', defaultMessage: 'People' },
  examsInProgress: { id: 'admin.overview.examsInProgress', defaultMessage: 'Exams in progress' },
  startedNotSubmitted: {
    id: 'admin.overview.startedNotSubmitted',
    defaultMessage: 'Started and not yet submitted',
  },
  noneYet: { id: 'admin.overview.noneYet', defaultMessage: 'None yet' },
  statusCount: { id: 'admin.overview.statusCount', defaultMessage: '{count, number} {status}' },
  breakdownSeparator: { id: 'admin.overview.breakdownSeparator', defaultMessage: ' · ' },
  noActiveAccounts: { id: 'admin.overview.noActiveAccounts', defaultMessage: 'No active accounts' },
  admins: {
    id: 'admin.overview.admins',
    defaultMessage: '{count, plural, one {# administrator} other {# administrators}}',
  },
  authors: {
    id: 'admin.overview.authors',
    defaultMessage: '{count, plural, one {# author} other {# authors}}',
  },
  proctors: {
    id: 'admin.overview.proctors',
    defaultMessage: '{count, plural, one {# proctor} other {# proctors}}',
  },
  students: {
    id: 'admin.overview.students',
    defaultMessage: '{count, plural, one {# student} other {# students}}',
  },
  couldNotCount: { id: 'admin.overview.couldNotCount', defaultMessage: 'Could not be counted' },
});
