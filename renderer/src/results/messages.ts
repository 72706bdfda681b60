import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  minutes: { id: 'results.minutes', defaultMessage: '{minutes} min' },
  percent: { id: 'results.percent', defaultMessage: '{value}%' },
  loadingGradebook: { id: 'results.loadingGradebook', defaultMessage: 'Loading the gradebook…' },
  gradebook: { id: 'results.gradebook', defaultMessage: 'Gradebook' },
  exportCsv: { id: 'results.exportCsv', defaultMessage: 'Export CSV' },
  attempts: { id: 'results.attempts', defaultMessage: 'Attempts' },
  mean: { id: 'results.mean', defaultMessage: 'Mean' },
  median: { id: 'results.median', defaultMessage: 'Median' },
  passRate: { id: 'results.passRate', defaultMessage: 'Pass rate' },
  toGrade: { id: 'results.toGrade', defaultMessage: 'To grade' },
  nobodySat: { id: 'results.nobodySat', defaultMessage: 'Nobody has sat this test yet' },
  gradebookRows: { id: 'results.gradebookRows', defaultMessage: 'Gradebook rows' },
  student: { id: 'results.student', defaultMessage: 'Student' },
  status: { id: 'results.status', defaultMessage: 'Status' },
  score: { id: 'results.score', defaultMessage: 'Score' },
  time: { id: 'results.time', defaultMessage: 'Time' },
  integrity: { id: 'results.integrity', defaultMessage: 'Integrity' },
  computer: { id: 'results.computer', defaultMessage: 'Computer' },
  submitted: { id: 'results.submitted', defaultMessage: 'Submitted' },
  emailAndAttempt: {
    id: 'results.emailAndAttempt',
    defaultMessage: '{email} · attempt {number, number}',
  },
  passed: { id: 'results.passed', defaultMessage: 'Passed' },
  notPassed: { id: 'results.notPassed', defaultMessage: 'Not passed' },
  scoreOf: { id: 'results.scoreOf', defaultMessage: '{score} / {total}' },
  eventCount: { id: 'results.eventCount', defaultMessage: '{kind} × {count}' },
  analysisUnavailable: {
    id: 'results.analysisUnavailable',
    defaultMessage: 'Item analysis is not available',
  },
  analysing: { id: 'results.analysing', defaultMessage: 'Analysing answers…' },
  noFinished: { id: 'results.noFinished', defaultMessage: 'No finished attempts yet' },
  needsAnswers: {
    id: 'results.needsAnswers',
    defaultMessage: 'Item analysis needs answers to analyse.',
  },
  itemAnalysis: { id: 'results.itemAnalysis', defaultMessage: 'Item analysis' },
  analysisMeta: {
    id: 'results.analysisMeta',
    defaultMessage:
      '{attempts, plural, one {# attempt} other {# attempts}} · mean {mean} marks · reliability (alpha) {alpha}',
  },
  analysisHelp: {
    id: 'results.analysisHelp',
    defaultMessage:
      'Facility is the share of the marks students earned (low is hard). Discrimination compares the top and bottom 27% of students by score: below 0.2 the question barely separates them, below 0 check the key.',
  },
  questionNumber: { id: 'results.questionNumber', defaultMessage: 'Question {number, number}' },
  numberedText: { id: 'results.numberedText', defaultMessage: '{number, number}. {text}' },
  itemMeta: {
    id: 'results.itemMeta',
    defaultMessage:
      '{type} · {marks, plural, one {# mark} other {# marks}} · answered {answered, number} of {attempts, number}',
  },
  leftBlank: { id: 'results.leftBlank', defaultMessage: ', left blank {count, number}' },
  facility: { id: 'results.facility', defaultMessage: 'Facility' },
  discrimination: { id: 'results.discrimination', defaultMessage: 'Discrimination' },
  pointBiserial: { id: 'results.pointBiserial', defaultMessage: 'Point-biserial {value}' },
  regrade: { id: 'results.regrade', defaultMessage: 'Regrade…' },
  regradeTitle: {
    id: 'results.regradeTitle',
    defaultMessage: 'Regrade with the current answer keys',
  },
  done: { id: 'results.done', defaultMessage: 'Done' },
  cancel: { id: 'results.cancel', defaultMessage: 'Cancel' },
  applyTo: {
    id: 'results.applyTo',
    defaultMessage: 'Apply to {count, plural, one {# attempt} other {# attempts}}',
  },
  regraded: {
    id: 'results.regraded',
    defaultMessage: 'Regraded: {count, plural, one {# score} other {# scores}} changed.',
  },
  allMatch: {
    id: 'results.allMatch',
    defaultMessage:
      'All {count, plural, one {# attempt} other {# attempts}} already match the current keys.',
  },
  wouldChange: {
    id: 'results.wouldChange',
    defaultMessage:
      '{changed, plural, one {# score} other {# scores}} of {attempts, plural, one {# attempt} other {# attempts}} would change. Essay marks stay as graded.',
  },
  beforeAfter: { id: 'results.beforeAfter', defaultMessage: 'Scores before and after' },
  before: { id: 'results.before', defaultMessage: 'Before' },
  after: { id: 'results.after', defaultMessage: 'After' },
  results: { id: 'results.results', defaultMessage: 'Results' },
  lede: {
    id: 'results.lede',
    defaultMessage: 'Scores, grading and item analysis for each test students have sat.',
  },
  test: { id: 'results.test', defaultMessage: 'Test' },
  chooseATest: { id: 'results.chooseATest', defaultMessage: 'Choose a test…' },
  loadingTests: { id: 'results.loadingTests', defaultMessage: 'Loading tests…' },
  chooseTest: { id: 'results.chooseTest', defaultMessage: 'Choose a test' },
  chooseTestBody: {
    id: 'results.chooseTestBody',
    defaultMessage: 'Published, closed and archived tests have results.',
  },
  resultsView: { id: 'results.resultsView', defaultMessage: 'Results view' },
  grading: { id: 'results.grading', defaultMessage: 'Grading' },
  optionPicks: { id: 'results.optionPicks', defaultMessage: 'How often each option was picked' },
  optionCount: {
    id: 'results.optionCount',
    defaultMessage: '{count, number} ({share, number, percent})',
  },
  gaugeLabel: { id: 'results.gaugeLabel', defaultMessage: '{label}: {value}' },
  notEnoughData: { id: 'results.notEnoughData', defaultMessage: 'not enough data' },
  bandSummary: {
    id: 'results.bandSummary',
    defaultMessage: '{band}%: {count, plural, one {# attempt} other {# attempts}}',
  },
  histogramLabel: {
    id: 'results.histogramLabel',
    defaultMessage: 'Score distribution in 10% bands. {summary}.',
  },
  axisAttempts: { id: 'results.axisAttempts', defaultMessage: 'Attempts' },
  axisScore: { id: 'results.axisScore', defaultMessage: 'Score (%)' },
});
