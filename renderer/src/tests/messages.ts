import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  newTest: { id: 'tests.newTest', defaultMessage: 'New test' },
  newTestLede: { id: 'tests.newTestLede', defaultMessage: 'Nothing is created until you save.' },
  breadcrumb: { id: 'tests.breadcrumb', defaultMessage: 'Tests' },
  unsaved: { id: 'tests.unsaved', defaultMessage: 'Unsaved changes' },
  unsavedHint: {
    id: 'tests.unsavedHint',
    defaultMessage:
      'Your changes are kept while you use other screens, until you save or discard them.',
  },
  allSaved: { id: 'tests.allSaved', defaultMessage: 'All changes saved' },
  notCreated: { id: 'tests.notCreated', defaultMessage: 'Not created yet' },
  create: { id: 'tests.create', defaultMessage: 'Create test' },
  creating: { id: 'tests.creating', defaultMessage: 'Creating…' },
  save: { id: 'tests.save', defaultMessage: 'Save changes' },
  saving: { id: 'tests.saving', defaultMessage: 'Saving…' },
  discard: { id: 'tests.discard', defaultMessage: 'Discard changes' },
  saveFirst: { id: 'tests.saveFirst', defaultMessage: 'Save your changes first' },
  saveBeforeDraw: {
    id: 'tests.saveBeforeDraw',
    defaultMessage: 'Save the test first: the draw adds to the saved list.',
  },
  checkedSaved: {
    id: 'tests.checkedSaved',
    defaultMessage: 'These checks are of the saved test; save your changes to check them.',
  },
  counts: {
    id: 'tests.counts',
    defaultMessage:
      '{questions, plural, one {# question} other {# questions}} · {marks, plural, one {# mark} other {# marks}}',
  },
  listCounts: {
    id: 'tests.listCounts',
    defaultMessage:
      '{questions, plural, one {# question} other {# questions}}, {marks, plural, one {# mark} other {# marks}} in all',
  },
  bankEmpty: { id: 'tests.bankEmpty', defaultMessage: 'No questions in the bank match.' },
  leaveWarning: { id: 'tests.leaveWarning', defaultMessage: 'You have unsaved changes to a test.' },
  publishTitle: { id: 'tests.publishTitle', defaultMessage: 'Publish “{name}”?' },
  publishBody: {
    id: 'tests.publishBody',
    defaultMessage:
      'Students it is open to can start it as soon as it is published. Once published, changing its questions or timing makes a new version, and anyone sitting it keeps the version they started. You can close it again at any time.',
  },
  publish: { id: 'tests.publish', defaultMessage: 'Publish test' },
  reopenTitle: { id: 'tests.reopenTitle', defaultMessage: 'Reopen “{name}”?' },
  reopenBody: {
    id: 'tests.reopenBody',
    defaultMessage:
      'Students it is open to can start it again. You can close it again at any time.',
  },
  reopen: { id: 'tests.reopen', defaultMessage: 'Reopen test' },
  closeTitle: { id: 'tests.closeTitle', defaultMessage: 'Close “{name}”?' },
  closeBody: {
    id: 'tests.closeBody',
    defaultMessage:
      'No one can start it any more. Anyone sitting it now can finish, and results stay. You can reopen it later.',
  },
  close: { id: 'tests.close', defaultMessage: 'Close test' },
  archiveTitle: { id: 'tests.archiveTitle', defaultMessage: 'Archive “{name}”?' },
  archiveBody: {
    id: 'tests.archiveBody',
    defaultMessage:
      'It leaves the lists of tests in use; its results stay in Results. You can unarchive it later.',
  },
  archive: { id: 'tests.archive', defaultMessage: 'Archive test' },
  deleteTitle: { id: 'tests.deleteTitle', defaultMessage: 'Delete “{name}”?' },
  deleteBody: {
    id: 'tests.deleteBody',
    defaultMessage:
      'The draft test and its list of questions are deleted. The questions stay in the bank. This cannot be undone.',
  },
  delete: { id: 'tests.delete', defaultMessage: 'Delete test' },
  discardTitle: { id: 'tests.discardTitle', defaultMessage: 'Discard your changes?' },
  discardBody: {
    id: 'tests.discardBody',
    defaultMessage: 'The settings and questions go back to what was last saved.',
  },
  discardBodyNamed: { id: 'tests.discardBodyNamed', defaultMessage: '{body} ({name})' },
  all: { id: 'tests.all', defaultMessage: 'All' },
  title: { id: 'tests.title', defaultMessage: 'Tests' },
  lede: {
    id: 'tests.lede',
    defaultMessage: 'Tests built from the question bank, with their rules and status.',
  },
  allTests: { id: 'tests.allTests', defaultMessage: 'All tests' },
  statusTests: { id: 'tests.statusTests', defaultMessage: '{status} tests' },
  testCount: {
    id: 'tests.testCount',
    defaultMessage: '{count, plural, one {# test} other {# tests}}',
  },
  filterByStatus: { id: 'tests.filterByStatus', defaultMessage: 'Filter by status' },
  listError: { id: 'tests.listError', defaultMessage: 'Tests could not be loaded' },
  loadingTests: { id: 'tests.loadingTests', defaultMessage: 'Loading tests…' },
  noTestsYet: { id: 'tests.noTestsYet', defaultMessage: 'No tests yet' },
  noStatusTests: { id: 'tests.noStatusTests', defaultMessage: 'No {status} tests' },
  noTestsBody: {
    id: 'tests.noTestsBody',
    defaultMessage: 'Tests your organisation assembles from the question bank appear here.',
  },
  noStatusBody: {
    id: 'tests.noStatusBody',
    defaultMessage: 'Choose another status to see the rest of your tests.',
  },
  name: { id: 'tests.name', defaultMessage: 'Name' },
  status: { id: 'tests.status', defaultMessage: 'Status' },
  questions: { id: 'tests.questions', defaultMessage: 'Questions' },
  totalMarks: { id: 'tests.totalMarks', defaultMessage: 'Total marks' },
  timer: { id: 'tests.timer', defaultMessage: 'Timer' },
  attempts: { id: 'tests.attempts', defaultMessage: 'Attempts' },
  available: { id: 'tests.available', defaultMessage: 'Available {window}' },
  startCodeNeeded: { id: 'tests.startCodeNeeded', defaultMessage: 'start code needed' },
  passMarkPercent: { id: 'tests.passMarkPercent', defaultMessage: 'pass mark {mark, number}%' },
  rulesSeparator: { id: 'tests.rulesSeparator', defaultMessage: ' · ' },
  addFromBank: { id: 'tests.addFromBank', defaultMessage: 'Add questions from the bank' },
  searchBank: { id: 'tests.searchBank', defaultMessage: 'Search the bank' },
  pickerSummary: {
    id: 'tests.pickerSummary',
    defaultMessage:
      'Showing {first}–{last} of {total, plural, one {# question in the bank} other {# questions in the bank}}',
  },
  questionsInBank: { id: 'tests.questionsInBank', defaultMessage: 'Questions in the bank' },
  add: { id: 'tests.add', defaultMessage: 'Add' },
  added: { id: 'tests.added', defaultMessage: 'Added' },
  addQuestion: { id: 'tests.addQuestion', defaultMessage: 'Add: {text}' },
  addedQuestion: { id: 'tests.addedQuestion', defaultMessage: 'Added: {text}' },
  loadError: { id: 'tests.loadError', defaultMessage: 'This test could not be loaded' },
  loadingTest: { id: 'tests.loadingTest', defaultMessage: 'Loading the test…' },
  version: { id: 'tests.version', defaultMessage: 'version {version, number}' },
  firstPublished: { id: 'tests.firstPublished', defaultMessage: 'first published {when}' },
  savingRegion: { id: 'tests.saving_region', defaultMessage: 'Saving' },
  publishedBanner: {
    id: 'tests.publishedBanner',
    defaultMessage:
      'Students can sit this test. Changing its questions or timing makes version {next, number}; anyone sitting it now keeps the version they started, and the change is refused while someone is mid-exam.',
  },
  settings: { id: 'tests.settings', defaultMessage: 'Settings' },
  readyToPublish: { id: 'tests.readyToPublish', defaultMessage: 'Ready to publish?' },
  allChecksPass: {
    id: 'tests.allChecksPass',
    defaultMessage:
      'Everything checks out: at least one question, every objective question keyed, the marks add up.',
  },
  problemsToFix: { id: 'tests.problemsToFix', defaultMessage: 'Problems to fix before publishing' },
  publishButton: { id: 'tests.publishButton', defaultMessage: 'Publish' },
  reopenButton: { id: 'tests.reopenButton', defaultMessage: 'Reopen' },
  unarchive: { id: 'tests.unarchive', defaultMessage: 'Unarchive' },
  archiveButton: { id: 'tests.archiveButton', defaultMessage: 'Archive' },
  duplicate: { id: 'tests.duplicate', defaultMessage: 'Duplicate' },
  results: { id: 'tests.results', defaultMessage: 'Results' },
  deleteButton: { id: 'tests.deleteButton', defaultMessage: 'Delete' },
  questionsInTest: { id: 'tests.questionsInTest', defaultMessage: 'Questions in this test' },
  question: { id: 'tests.question', defaultMessage: 'Question' },
  marks: { id: 'tests.marks', defaultMessage: 'Marks' },
  order: { id: 'tests.order', defaultMessage: 'Order' },
  noKey: { id: 'tests.noKey', defaultMessage: 'No key' },
  marksFor: { id: 'tests.marksFor', defaultMessage: 'Marks for question {number, number}' },
  moveUp: { id: 'tests.moveUp', defaultMessage: 'Move question {number, number} up' },
  moveDown: { id: 'tests.moveDown', defaultMessage: 'Move question {number, number} down' },
  removeQuestion: {
    id: 'tests.removeQuestion',
    defaultMessage: 'Remove question {number, number}',
  },
  remove: { id: 'tests.remove', defaultMessage: 'Remove' },
  drawAtRandom: { id: 'tests.drawAtRandom', defaultMessage: 'Draw questions at random' },
  howMany: { id: 'tests.howMany', defaultMessage: 'How many' },
  withTag: { id: 'tests.withTag', defaultMessage: 'With tag' },
  difficulty: { id: 'tests.difficulty', defaultMessage: 'Difficulty' },
  any: { id: 'tests.any', defaultMessage: 'Any' },
  type: { id: 'tests.type', defaultMessage: 'Type' },
  drawButton: { id: 'tests.drawButton', defaultMessage: 'Draw {count} at random' },
  drawHint: {
    id: 'tests.drawHint',
    defaultMessage: 'The draw is made now: every student sits the same questions.',
  },
  settingsForm: { id: 'tests.settingsForm', defaultMessage: 'Test settings' },
  instructions: { id: 'tests.instructions', defaultMessage: 'Instructions for students' },
  timerMinutes: { id: 'tests.timerMinutes', defaultMessage: 'Timer (minutes)' },
  timerHint: { id: 'tests.timerHint', defaultMessage: 'Empty: untimed.' },
  attemptsAllowed: { id: 'tests.attemptsAllowed', defaultMessage: 'Attempts allowed' },
  passMark: { id: 'tests.passMark', defaultMessage: 'Pass mark (%)' },
  expectedTotal: { id: 'tests.expectedTotal', defaultMessage: 'Intended total marks' },
  expectedTotalHint: {
    id: 'tests.expectedTotalHint',
    defaultMessage: 'Publishing checks the marks add up.',
  },
  openFrom: { id: 'tests.openFrom', defaultMessage: 'Open from' },
  openUntil: { id: 'tests.openUntil', defaultMessage: 'Open until' },
  showScore: { id: 'tests.showScore', defaultMessage: 'Students see their score' },
  showScoreImmediately: {
    id: 'tests.showScoreImmediately',
    defaultMessage: 'As soon as they submit',
  },
  showScoreAfterGrading: { id: 'tests.showScoreAfterGrading', defaultMessage: 'After grading' },
  showScoreNever: { id: 'tests.showScoreNever', defaultMessage: 'Never' },
  reviewRelease: { id: 'tests.reviewRelease', defaultMessage: 'With the score, students see' },
  reviewNone: { id: 'tests.reviewNone', defaultMessage: 'Nothing beyond the score' },
  reviewAnswers: {
    id: 'tests.reviewAnswers',
    defaultMessage: 'Their answers, the right answers and the marks',
  },
  reviewAnswersAndFeedback: {
    id: 'tests.reviewAnswersAndFeedback',
    defaultMessage: 'Answers, right answers, marks and feedback',
  },
  orderingCredit: { id: 'tests.orderingCredit', defaultMessage: 'Ordering questions' },
  orderingAllOrNothing: {
    id: 'tests.orderingAllOrNothing',
    defaultMessage: 'Only a fully right order earns marks',
  },
  orderingPerPosition: {
    id: 'tests.orderingPerPosition',
    defaultMessage: 'Each item in its right place earns its share',
  },
  shuffle: { id: 'tests.shuffle', defaultMessage: 'Shuffle questions and options' },
  allowReview: { id: 'tests.allowReview', defaultMessage: 'Students may go back and review' },
  startCodeRequired: {
    id: 'tests.startCodeRequired',
    defaultMessage: 'A start code from the proctor is required',
  },
  sealed: {
    id: 'tests.sealed',
    defaultMessage: 'Sealed: questions stay encrypted until the start time or start code',
  },
  negativeMarking: { id: 'tests.negativeMarking', defaultMessage: 'Wrong choices lose marks' },
  withDescription: {
    id: 'tests.withDescription',
    defaultMessage: 'Goes with the description above',
  },
  withDescriptionNumber: {
    id: 'tests.withDescriptionNumber',
    defaultMessage: ' (question {number, number})',
  },
  groupHead: {
    id: 'tests.groupHead',
    defaultMessage:
      '{count, plural, one {Description for question {first, number}} other {Description for questions {first, number} to {last, number}}}',
  },
  groupMember: {
    id: 'tests.groupMember',
    defaultMessage: 'With the description at {number, number}',
  },
  withDescriptionHint: {
    id: 'tests.withDescriptionHint',
    defaultMessage:
      'A question that goes with a description stays right after it when questions are shuffled.',
  },
});
