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
  // My exams
  myExams: { id: 'exams.myExams', defaultMessage: 'My exams' },
  hello: { id: 'exams.hello', defaultMessage: 'Hello {name}.' },
  examsOpen: {
    id: 'exams.examsOpen',
    defaultMessage: '{count, plural, one {# exam is} other {# exams are}} open for you now.',
  },
  nothingOpen: {
    id: 'exams.nothingOpen',
    defaultMessage: 'There is nothing for you to take right now.',
  },
  checkingOpen: {
    id: 'exams.checkingOpen',
    defaultMessage: 'Checking which exams are open for you…',
  },
  examsLoadFailed: {
    id: 'exams.examsLoadFailed',
    defaultMessage: 'Your exams could not be loaded',
  },
  loadingExams: { id: 'exams.loadingExams', defaultMessage: 'Loading your exams…' },
  noExamsTitle: { id: 'exams.noExamsTitle', defaultMessage: 'No exams open right now' },
  noExamsBody: {
    id: 'exams.noExamsBody',
    defaultMessage:
      'When your organisation opens an exam for you, it appears here with its time limit and rules.',
  },
  pastAttempts: { id: 'exams.pastAttempts', defaultMessage: 'Past attempts' },
  // An exam's card
  inProgress: { id: 'exams.inProgress', defaultMessage: 'In progress' },
  extraTimeForYou: {
    id: 'exams.extraTimeForYou',
    defaultMessage: ' + {duration} extra time for you',
  },
  timeAllowed: { id: 'exams.timeAllowed', defaultMessage: 'Time allowed' },
  questions: { id: 'exams.questions', defaultMessage: 'Questions' },
  totalMarks: { id: 'exams.totalMarks', defaultMessage: 'Total marks' },
  attemptsLeft: { id: 'exams.attemptsLeft', defaultMessage: 'Attempts left' },
  attemptsLeftValue: { id: 'exams.attemptsLeftValue', defaultMessage: '{left} of {allowed}' },
  available: { id: 'exams.available', defaultMessage: 'Available' },
  restBreaks: { id: 'exams.restBreaks', defaultMessage: 'Rest breaks' },
  restBreaksValue: {
    id: 'exams.restBreaksValue',
    defaultMessage: 'Up to {duration}, each approved by your proctor',
  },
  startCode: { id: 'exams.startCode', defaultMessage: 'Start code' },
  startCodeNeeded: {
    id: 'exams.startCodeNeeded',
    defaultMessage: 'Needed — your proctor gives it to you',
  },
  startCodeNotNeeded: { id: 'exams.startCodeNotNeeded', defaultMessage: 'Not needed' },
  resumeNote: {
    id: 'exams.resumeNote',
    defaultMessage:
      'You have started this exam. It continues where you left off, with the time you had left.',
  },
  attemptsUsed: {
    id: 'exams.attemptsUsed',
    defaultMessage: '{count, plural, one {# attempt} other {# attempts}} used so far.',
  },
  canGoBack: {
    id: 'exams.canGoBack',
    defaultMessage: ' You can go back to earlier questions before you submit.',
  },
  inOrder: {
    id: 'exams.inOrder',
    defaultMessage: ' Questions are answered in order, without going back.',
  },
  resumeExam: { id: 'exams.resumeExam', defaultMessage: 'Resume exam' },
  startExam: { id: 'exams.startExam', defaultMessage: 'Start exam' },
  // Starting an exam
  resumeTitle: { id: 'exams.resumeTitle', defaultMessage: 'Resume {name}' },
  startTitle: { id: 'exams.startTitle', defaultMessage: 'Start {name}' },
  notYet: { id: 'exams.notYet', defaultMessage: 'Not yet' },
  starting: { id: 'exams.starting', defaultMessage: 'Starting…' },
  extraTimeIncluded: {
    id: 'exams.extraTimeIncluded',
    defaultMessage: 'Your time includes {duration} of extra time arranged for you.',
  },
  ruleBreaks: {
    id: 'exams.ruleBreaks',
    defaultMessage:
      'You may take up to {duration} of rest breaks. Ask for one from the exam; your proctor approves it, and the exam clock pauses while you rest.',
  },
  ruleClockResuming: {
    id: 'exams.ruleClockResuming',
    defaultMessage:
      '{time}. Your clock has been running since you started and carries on from where it is now; it does not stop if the computer crashes or sleeps.',
  },
  ruleClockStarts: {
    id: 'exams.ruleClockStarts',
    defaultMessage:
      '{time}. The clock starts when you start and does not stop if the computer crashes or sleeps.',
  },
  ruleQuestions: {
    id: 'exams.ruleQuestions',
    defaultMessage: '{count, plural, one {# question} other {# questions}}, {marks} marks in all.',
  },
  ruleSaved: {
    id: 'exams.ruleSaved',
    defaultMessage: 'Every answer is saved on this computer the moment you give it.',
  },
  ruleReview: {
    id: 'exams.ruleReview',
    defaultMessage: 'You can flag questions and review all your answers before you submit.',
  },
  ruleNoReview: {
    id: 'exams.ruleNoReview',
    defaultMessage: 'Questions are answered in order; you cannot go back.',
  },
  ruleTimeUp: {
    id: 'exams.ruleTimeUp',
    defaultMessage: 'When time is up, the exam submits itself with every answer you saved.',
  },
  startCodeLabel: { id: 'exams.startCodeLabel', defaultMessage: 'Start code from your proctor' },
  // Past attempts
  notReleased: { id: 'exams.notReleased', defaultMessage: 'Not released' },
  scoreOutOf: { id: 'exams.scoreOutOf', defaultMessage: '{score} / {total}' },
  passed: { id: 'exams.passed', defaultMessage: 'Passed' },
  notPassed: { id: 'exams.notPassed', defaultMessage: 'Not passed' },
  attemptsLoadFailed: {
    id: 'exams.attemptsLoadFailed',
    defaultMessage: 'Your attempts could not be loaded',
  },
  loadingAttempts: { id: 'exams.loadingAttempts', defaultMessage: 'Loading your attempts…' },
  noAttempts: { id: 'exams.noAttempts', defaultMessage: 'You have not finished an exam yet.' },
  columnExam: { id: 'exams.columnExam', defaultMessage: 'Exam' },
  columnSubmitted: { id: 'exams.columnSubmitted', defaultMessage: 'Submitted' },
  columnStatus: { id: 'exams.columnStatus', defaultMessage: 'Status' },
  columnScore: { id: 'exams.columnScore', defaultMessage: 'Score' },
  columnResult: { id: 'exams.columnResult', defaultMessage: 'Result' },
  columnReview: { id: 'exams.columnReview', defaultMessage: 'Review' },
  attemptNumber: { id: 'exams.attemptNumber', defaultMessage: ' (attempt {number})' },
  seeAnswers: { id: 'exams.seeAnswers', defaultMessage: 'See your answers' },
  // The exam screen's frame
  skipToQuestion: { id: 'exams.skipToQuestion', defaultMessage: 'Skip to the question' },
  paletteLabel: { id: 'exams.paletteLabel', defaultMessage: 'Questions' },
  paletteHint: {
    id: 'exams.paletteHint',
    defaultMessage: 'Arrow keys move between questions; Enter opens one.',
  },
  stateAnswered: { id: 'exams.stateAnswered', defaultMessage: 'answered' },
  stateInformation: { id: 'exams.stateInformation', defaultMessage: 'information' },
  stateNotAnswered: { id: 'exams.stateNotAnswered', defaultMessage: 'not answered' },
  stateFlagged: { id: 'exams.stateFlagged', defaultMessage: 'flagged' },
  stateCurrent: { id: 'exams.stateCurrent', defaultMessage: 'current question' },
  legendAnswered: { id: 'exams.legendAnswered', defaultMessage: 'Answered' },
  legendNotAnswered: { id: 'exams.legendNotAnswered', defaultMessage: 'Not answered' },
  legendFlagged: { id: 'exams.legendFlagged', defaultMessage: 'Flagged' },
  saveFailed: {
    id: 'exams.saveFailed',
    defaultMessage: 'Your last answer is not saved yet. It is being tried again.',
  },
  saveRecovered: { id: 'exams.saveRecovered', defaultMessage: 'All your answers are saved.' },
  tenMinutes: { id: 'exams.tenMinutes', defaultMessage: '10 minutes left.' },
  oneMinute: {
    id: 'exams.oneMinute',
    defaultMessage:
      '1 minute left. Your answers are saved; the exam submits itself when time is up.',
  },
  dismiss: { id: 'exams.dismiss', defaultMessage: 'OK' },
  paletteSummary: { id: 'exams.paletteSummary', defaultMessage: '{answered} of {total} answered' },
  paletteFlagged: { id: 'exams.paletteFlagged', defaultMessage: ' · {count} flagged' },
  paletteItem: { id: 'exams.paletteItem', defaultMessage: 'Question {number}, {state}' },
  paletteItemFlagged: {
    id: 'exams.paletteItemFlagged',
    defaultMessage: 'Question {number}, {state}, {flagged}',
  },
  // Rest breaks
  breakRegion: { id: 'exams.breakRegion', defaultMessage: 'Rest break' },
  breakAvailable: {
    id: 'exams.breakAvailable',
    defaultMessage:
      'You may take a rest break ({left} of break time left). Your proctor approves it, and the exam clock pauses while you rest.',
  },
  breakAsk: { id: 'exams.breakAsk', defaultMessage: 'Ask for a rest break' },
  breakWaiting: {
    id: 'exams.breakWaiting',
    defaultMessage:
      'Your proctor has been asked for a rest break. The exam clock runs until they approve it.',
  },
  breakApproved: {
    id: 'exams.breakApproved',
    defaultMessage: 'Your proctor approved your break. It starts in a moment.',
  },
  breakWithdraw: { id: 'exams.breakWithdraw', defaultMessage: 'Withdraw the request' },
  breakHeading: { id: 'exams.breakHeading', defaultMessage: 'You are on a rest break' },
  breakPaused: {
    id: 'exams.breakPaused',
    defaultMessage: 'The exam is paused. Your answers are saved.',
  },
  breakPausedAt: {
    id: 'exams.breakPausedAt',
    defaultMessage: 'The exam clock is paused at {left} left. Your answers are saved.',
  },
  breakLeftLabel: { id: 'exams.breakLeftLabel', defaultMessage: 'Break time left' },
  breakWhenUsed: {
    id: 'exams.breakWhenUsed',
    defaultMessage: 'When your break time is used up, the exam clock runs again.',
  },
  breakBack: { id: 'exams.breakBack', defaultMessage: 'Back to my exam' },
  timerPaused: { id: 'exams.timerPaused', defaultMessage: 'paused for your break' },
  // Saving and the timer
  notSavedRetrying: { id: 'exams.notSavedRetrying', defaultMessage: 'Not saved yet — retrying' },
  saving: { id: 'exams.saving', defaultMessage: 'Saving…' },
  noAnswersYet: { id: 'exams.noAnswersYet', defaultMessage: 'No answers yet' },
  savedAndSent: { id: 'exams.savedAndSent', defaultMessage: 'Saved and sent at {time}' },
  savedLocally: { id: 'exams.savedLocally', defaultMessage: 'Saved on this computer at {time}' },
  saveInternalError: {
    id: 'exams.saveInternalError',
    defaultMessage:
      'Not saved yet — retrying. Keep working; nothing you typed is lost on this screen.',
  },
  signInAgain: {
    id: 'exams.signInAgain',
    defaultMessage: 'Please sign in again to go on with your exam. Every answer you saved is kept.',
  },
  noExamOpen: { id: 'exams.noExamOpen', defaultMessage: 'No exam is open on this screen.' },
  untimed: { id: 'exams.untimed', defaultMessage: 'Untimed' },
  timeLeft: { id: 'exams.timeLeft', defaultMessage: 'Time left' },
  timeLeftAria: { id: 'exams.timeLeftAria', defaultMessage: 'Time left {time}' },
  timeLeftPausedAria: {
    id: 'exams.timeLeftPausedAria',
    defaultMessage: 'Time left {time}, {paused}',
  },
  timerPausedLabel: { id: 'exams.timerPausedLabel', defaultMessage: 'Paused · {paused}' },
  // What changed about the time, in words
  durationHours: {
    id: 'exams.durationHours',
    defaultMessage: '{count, plural, one {# hour} other {# hours}}',
  },
  durationMinutes: {
    id: 'exams.durationMinutes',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}}',
  },
  durationSeconds: {
    id: 'exams.durationSeconds',
    defaultMessage: '{count, plural, one {# second} other {# seconds}}',
  },
  durationJoined: { id: 'exams.durationJoined', defaultMessage: '{first} {rest}' },
  newsLeft: { id: 'exams.newsLeft', defaultMessage: ' You now have {duration} left.' },
  newsBreaksAllowed: {
    id: 'exams.newsBreaksAllowed',
    defaultMessage:
      'You may take up to {duration} of rest breaks. Your proctor approves each one, and the exam clock pauses while you rest.',
  },
  newsOnBreak: {
    id: 'exams.newsOnBreak',
    defaultMessage: 'You are on a rest break. The exam clock is paused.',
  },
  newsAdded: { id: 'exams.newsAdded', defaultMessage: 'Your proctor gave you {duration} more.' },
  newsBreakStarted: {
    id: 'exams.newsBreakStarted',
    defaultMessage:
      'Your rest break has started. The exam clock is paused; you have {duration} of break time.',
  },
  newsBreakUsedUp: {
    id: 'exams.newsBreakUsedUp',
    defaultMessage: 'Your break time is used up. The exam clock is running again.',
  },
  newsBreakEnded: {
    id: 'exams.newsBreakEnded',
    defaultMessage: 'Your break has ended. The exam clock is running again.',
  },
  newsBreakRequested: {
    id: 'exams.newsBreakRequested',
    defaultMessage:
      'Your proctor has been asked for a rest break. The clock runs until they approve it.',
  },
  newsBreakWithdrawn: {
    id: 'exams.newsBreakWithdrawn',
    defaultMessage: 'Your request for a rest break is withdrawn.',
  },
  // Leaving the locked window
  leaveTitle: { id: 'exams.leaveTitle', defaultMessage: 'Leave the exam?' },
  stayInExam: { id: 'exams.stayInExam', defaultMessage: 'Stay in the exam' },
  unlockAndClose: { id: 'exams.unlockAndClose', defaultMessage: 'Unlock and close' },
  leaveExplain: {
    id: 'exams.leaveExplain',
    defaultMessage:
      'The exam window only closes with a proctor’s PIN. Your answers are saved; the clock keeps running.',
  },
  proctorPin: { id: 'exams.proctorPin', defaultMessage: 'Proctor PIN' },
  // The result
  examSubmitted: { id: 'exams.examSubmitted', defaultMessage: 'Exam submitted' },
  examInProgress: { id: 'exams.examInProgress', defaultMessage: 'Exam in progress' },
  resultLoadFailed: {
    id: 'exams.resultLoadFailed',
    defaultMessage: 'Your result could not be loaded',
  },
  loadingResult: { id: 'exams.loadingResult', defaultMessage: 'Loading your result…' },
  backToMyExams: { id: 'exams.backToMyExams', defaultMessage: 'Back to my exams' },
  endedBy: {
    id: 'exams.endedBy',
    defaultMessage:
      '{by, select, student {You submitted it} timeout {Time ran out, and it was submitted with every answer you had saved} proctor {Your proctor ended it} other {It was submitted}}',
  },
  endedOn: { id: 'exams.endedOn', defaultMessage: '{ended} on {date}.' },
  endedPlain: { id: 'exams.endedPlain', defaultMessage: '{ended}.' },
  answeredOf: {
    id: 'exams.answeredOf',
    defaultMessage:
      'You answered {answered} of {count, plural, one {# question} other {# questions}}.',
  },
  scorePending: {
    id: 'exams.scorePending',
    defaultMessage:
      'So far: {count, plural, one {# answer} other {# answers}} awaiting grading by a person, so this score can still go up.',
  },
  sharedSeparately: {
    id: 'exams.sharedSeparately',
    defaultMessage: 'Your organisation shares results separately.',
  },
  awaitingWritten: {
    id: 'exams.awaitingWritten',
    defaultMessage:
      'Awaiting grading. Your score appears here once the written answers are marked.',
  },
  awaitingIt: {
    id: 'exams.awaitingIt',
    defaultMessage: 'Awaiting grading. Your score appears here once it is marked.',
  },
  // Reviewing before submitting
  reviewHeading: { id: 'exams.reviewHeading', defaultMessage: 'Review your answers' },
  allAnswered: { id: 'exams.allAnswered', defaultMessage: 'You have answered every question.' },
  notAnsweredYet: {
    id: 'exams.notAnsweredYet',
    defaultMessage: '{count, plural, one {# question} other {# questions}} not answered yet.',
  },
  flaggedForReview: {
    id: 'exams.flaggedForReview',
    defaultMessage: ' {count, plural, one {# question} other {# questions}} flagged for review.',
  },
  columnQuestion: { id: 'exams.columnQuestion', defaultMessage: 'Question' },
  columnAnswer: { id: 'exams.columnAnswer', defaultMessage: 'Answer' },
  columnFlag: { id: 'exams.columnFlag', defaultMessage: 'Flag' },
  open: { id: 'exams.open', defaultMessage: 'Open' },
  cellNothingToAnswer: { id: 'exams.cellNothingToAnswer', defaultMessage: 'Nothing to answer' },
  cellAnswered: { id: 'exams.cellAnswered', defaultMessage: 'Answered' },
  cellNotAnswered: { id: 'exams.cellNotAnswered', defaultMessage: 'Not answered' },
  cellFlagged: { id: 'exams.cellFlagged', defaultMessage: 'Flagged' },
  backToQuestions: { id: 'exams.backToQuestions', defaultMessage: 'Back to the questions' },
  submitExam: { id: 'exams.submitExam', defaultMessage: 'Submit exam' },
  // A finished attempt's review
  yourAnswers: { id: 'exams.yourAnswers', defaultMessage: 'Your answers' },
  reviewLoadFailed: {
    id: 'exams.reviewLoadFailed',
    defaultMessage: 'The review could not be loaded',
  },
  loadingAnswers: { id: 'exams.loadingAnswers', defaultMessage: 'Loading your answers…' },
  passedSuffix: { id: 'exams.passedSuffix', defaultMessage: ' · Passed' },
  notPassedSuffix: { id: 'exams.notPassedSuffix', defaultMessage: ' · Not passed' },
  answersNotShown: {
    id: 'exams.answersNotShown',
    defaultMessage: 'This test does not show the answers.',
  },
  // The exam screen
  exam: { id: 'exams.exam', defaultMessage: 'Exam' },
  openingExam: { id: 'exams.openingExam', defaultMessage: 'Opening your exam…' },
  examOpenFailed: { id: 'exams.examOpenFailed', defaultMessage: 'The exam could not be opened' },
  extraDisplayTitle: {
    id: 'exams.extraDisplayTitle',
    defaultMessage: 'More than one display is connected.',
  },
  extraDisplayBody: {
    id: 'exams.extraDisplayBody',
    defaultMessage: 'Disconnect the extra display. Your proctor can see that it was connected.',
  },
  previous: { id: 'exams.previous', defaultMessage: 'Previous' },
  flaggedButton: { id: 'exams.flaggedButton', defaultMessage: 'Flagged for review' },
  flagButton: { id: 'exams.flagButton', defaultMessage: 'Flag for review' },
  reviewAnswers: { id: 'exams.reviewAnswers', defaultMessage: 'Review answers' },
  next: { id: 'exams.next', defaultMessage: 'Next' },
  reviewAndSubmit: { id: 'exams.reviewAndSubmit', defaultMessage: 'Review and submit' },
  submitTitle: { id: 'exams.submitTitle', defaultMessage: 'Submit your exam?' },
  keepWorking: { id: 'exams.keepWorking', defaultMessage: 'Keep working' },
  submitting: { id: 'exams.submitting', defaultMessage: 'Submitting…' },
  submitNow: { id: 'exams.submitNow', defaultMessage: 'Submit now' },
  unansweredCount: {
    id: 'exams.unansweredCount',
    defaultMessage: '{count, plural, one {# question is} other {# questions are}} not answered.',
  },
  cannotChange: {
    id: 'exams.cannotChange',
    defaultMessage: 'After you submit you cannot change your answers.',
  },
  interrupted: { id: 'exams.interrupted', defaultMessage: 'Your exam was interrupted' },
  interruptedReason: { id: 'exams.interruptedReason', defaultMessage: '{message}.' },
  interruptedExplain: {
    id: 'exams.interruptedExplain',
    defaultMessage:
      'Every answer you saved is kept. The time the app was closed counted, and your proctor can add it back.',
  },
  resumeCode: { id: 'exams.resumeCode', defaultMessage: 'Resume code' },
  chooseOne: { id: 'exams.chooseOne', defaultMessage: 'Choose one answer' },
  chooseAll: { id: 'exams.chooseAll', defaultMessage: 'Choose all that apply.' },
  trueOrFalse: { id: 'exams.trueOrFalse', defaultMessage: 'True or false' },
});
