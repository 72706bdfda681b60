import { defineMessages } from '../i18n/catalogue';

export const messages = defineMessages({
  // The bank screen and panel
  title: { id: 'questions.title', defaultMessage: 'Question bank' },
  lede: {
    id: 'questions.lede',
    defaultMessage: 'Every question your organisation has written, with its marks and tags.',
  },
  newQuestion: { id: 'questions.newQuestion', defaultMessage: 'New question' },
  importButton: { id: 'questions.importButton', defaultMessage: 'Import…' },
  exportFormat: { id: 'questions.exportFormat', defaultMessage: 'Export format' },
  exportMatching: { id: 'questions.exportMatching', defaultMessage: 'Export matching' },
  exportAll: { id: 'questions.exportAll', defaultMessage: 'Export all' },
  allQuestions: { id: 'questions.allQuestions', defaultMessage: 'All questions' },
  countMatch: {
    id: 'questions.countMatch',
    defaultMessage: '{count, plural, one {# question} other {# questions}} match',
  },
  countInBank: {
    id: 'questions.countInBank',
    defaultMessage: '{count, plural, one {# question} other {# questions}} in the bank',
  },
  loadFailed: {
    id: 'questions.loadFailed',
    defaultMessage: 'The question bank could not be loaded',
  },
  loadingQuestions: { id: 'questions.loadingQuestions', defaultMessage: 'Loading questions…' },
  emptyHintBank: {
    id: 'questions.emptyHintBank',
    defaultMessage: 'Write a question, or import a GIFT, Aiken, CSV or QTI file.',
  },
  emptyHintPanel: {
    id: 'questions.emptyHintPanel',
    defaultMessage: 'Questions written or imported for your organisation appear here.',
  },
  questionPane: { id: 'questions.questionPane', defaultMessage: 'Question' },
  pagerSummary: {
    id: 'questions.pagerSummary',
    defaultMessage:
      'Showing {first}–{last} of {total, plural, one {# question} other {# questions}}',
  },
  noMatchTitle: { id: 'questions.noMatchTitle', defaultMessage: 'No questions match' },
  clearFilters: { id: 'questions.clearFilters', defaultMessage: 'Clear filters' },
  noMatchBody: {
    id: 'questions.noMatchBody',
    defaultMessage: 'Try other words, or clear the filters to see the whole bank.',
  },
  emptyTitle: { id: 'questions.emptyTitle', defaultMessage: 'The question bank is empty' },

  // Filters
  filterLabel: { id: 'questions.filterLabel', defaultMessage: 'Filter questions' },
  searchLabel: { id: 'questions.searchLabel', defaultMessage: 'Search questions' },
  searchPlaceholder: {
    id: 'questions.searchPlaceholder',
    defaultMessage: 'Words in the question or its tags',
  },
  type: { id: 'questions.type', defaultMessage: 'Type' },
  allTypes: { id: 'questions.allTypes', defaultMessage: 'All types' },
  difficulty: { id: 'questions.difficulty', defaultMessage: 'Difficulty' },
  anyDifficulty: { id: 'questions.anyDifficulty', defaultMessage: 'Any difficulty' },
  tag: { id: 'questions.tag', defaultMessage: 'Tag' },
  tagPlaceholder: { id: 'questions.tagPlaceholder', defaultMessage: 'e.g. geography' },
  show: { id: 'questions.show', defaultMessage: 'Show' },
  stateLive: { id: 'questions.stateLive', defaultMessage: 'Current questions' },
  stateDeleted: { id: 'questions.stateDeleted', defaultMessage: 'Deleted questions' },
  stateAll: { id: 'questions.stateAll', defaultMessage: 'Current and deleted' },

  // Table columns and cells
  colQuestion: { id: 'questions.colQuestion', defaultMessage: 'Question' },
  marks: { id: 'questions.marks', defaultMessage: 'Marks' },
  tags: { id: 'questions.tags', defaultMessage: 'Tags' },
  deleted: { id: 'questions.deleted', defaultMessage: 'Deleted' },
  editConflict: { id: 'questions.editConflict', defaultMessage: 'Edit conflict' },
  notSet: { id: 'questions.notSet', defaultMessage: 'Not set' },

  // Question types, difficulties, formats, test states (label tables)
  typeSingleChoice: { id: 'questions.typeSingleChoice', defaultMessage: 'Single choice' },
  typeMultipleResponse: {
    id: 'questions.typeMultipleResponse',
    defaultMessage: 'Multiple response',
  },
  typeTrueFalse: { id: 'questions.typeTrueFalse', defaultMessage: 'True / false' },
  typeShortAnswer: { id: 'questions.typeShortAnswer', defaultMessage: 'Short answer' },
  typeNumeric: { id: 'questions.typeNumeric', defaultMessage: 'Numeric' },
  typeEssay: { id: 'questions.typeEssay', defaultMessage: 'Essay' },
  typeMatching: { id: 'questions.typeMatching', defaultMessage: 'Matching' },
  typeOrdering: { id: 'questions.typeOrdering', defaultMessage: 'Ordering' },
  typeCloze: { id: 'questions.typeCloze', defaultMessage: 'Gap fill' },
  typeDescription: { id: 'questions.typeDescription', defaultMessage: 'Description' },
  difficultyEasy: { id: 'questions.difficultyEasy', defaultMessage: 'Easy' },
  difficultyMedium: { id: 'questions.difficultyMedium', defaultMessage: 'Medium' },
  difficultyHard: { id: 'questions.difficultyHard', defaultMessage: 'Hard' },
  formatGift: { id: 'questions.formatGift', defaultMessage: 'GIFT (Moodle)' },
  formatMoodleXml: { id: 'questions.formatMoodleXml', defaultMessage: 'Moodle XML' },
  formatAiken: { id: 'questions.formatAiken', defaultMessage: 'Aiken' },
  formatCsv: { id: 'questions.formatCsv', defaultMessage: 'CSV' },
  formatQti: { id: 'questions.formatQti', defaultMessage: 'QTI 3.0 package' },
  testDraft: { id: 'questions.testDraft', defaultMessage: 'draft' },
  testPublished: { id: 'questions.testPublished', defaultMessage: 'published' },
  testClosed: { id: 'questions.testClosed', defaultMessage: 'closed' },
  testArchived: { id: 'questions.testArchived', defaultMessage: 'archived' },

  // Deleting a question
  deleteTitle: { id: 'questions.deleteTitle', defaultMessage: 'Delete this question?' },
  deleteBody: {
    id: 'questions.deleteBody',
    defaultMessage:
      'It leaves the bank and can no longer be added to tests. Answers already given to it, and the results that count them, are kept. You can restore it.',
  },
  inPublished: {
    id: 'questions.inPublished',
    defaultMessage:
      '{count, plural, one {It is in a published test. Students who start that test still get it, but the test cannot be published again with a deleted question until you restore it or take it out.} other {It is in # published tests. Students who start them still get it, but those tests cannot be published again with a deleted question until you restore it or take it out.}}',
  },
  usedIn: { id: 'questions.usedIn', defaultMessage: 'Tests that list it:' },
  testLine: { id: 'questions.testLine', defaultMessage: '{name} ({status})' },
  checking: { id: 'questions.checking', defaultMessage: 'Checking which tests use it…' },
  confirmDelete: { id: 'questions.confirmDelete', defaultMessage: 'Delete question' },
  deletedNotice: { id: 'questions.deletedNotice', defaultMessage: 'Question deleted.' },
  undo: { id: 'questions.undo', defaultMessage: 'Undo' },

  // Question detail
  loadingQuestion: { id: 'questions.loadingQuestion', defaultMessage: 'Loading the question…' },
  gapPlace: { id: 'questions.gapPlace', defaultMessage: '[gap {position}]' },
  typeAndVersion: { id: 'questions.typeAndVersion', defaultMessage: '{type} · version {version}' },
  close: { id: 'questions.close', defaultMessage: 'Close' },
  edit: { id: 'questions.edit', defaultMessage: 'Edit' },
  duplicate: { id: 'questions.duplicate', defaultMessage: 'Duplicate' },
  delete: { id: 'questions.delete', defaultMessage: 'Delete' },
  restore: { id: 'questions.restore', defaultMessage: 'Restore' },
  questionView: { id: 'questions.questionView', defaultMessage: 'Question view' },
  tabDetails: { id: 'questions.tabDetails', defaultMessage: 'Details' },
  tabPreview: { id: 'questions.tabPreview', defaultMessage: 'Preview as student' },
  tabHistory: { id: 'questions.tabHistory', defaultMessage: 'History' },
  options: { id: 'questions.options', defaultMessage: 'Options' },
  answerKey: { id: 'questions.answerKey', defaultMessage: 'Answer key' },
  lastSaved: { id: 'questions.lastSaved', defaultMessage: 'Last saved' },
  loadingVersions: { id: 'questions.loadingVersions', defaultMessage: 'Loading versions…' },
  versions: { id: 'questions.versions', defaultMessage: 'Versions' },
  versionLine: { id: 'questions.versionLine', defaultMessage: 'Version {version} · {date}' },
  keyLabel: { id: 'questions.keyLabel', defaultMessage: 'Key:' },

  // The answer key in words
  missing: { id: 'questions.missing', defaultMessage: '(missing)' },
  notAnOption: { id: 'questions.notAnOption', defaultMessage: '{id} (not an option)' },
  rightOptions: { id: 'questions.rightOptions', defaultMessage: 'Right options' },
  creditPerOption: { id: 'questions.creditPerOption', defaultMessage: 'Credit per option' },
  option: { id: 'questions.option', defaultMessage: 'Option' },
  credit: { id: 'questions.credit', defaultMessage: 'Credit' },
  partlyRight: { id: 'questions.partlyRight', defaultMessage: 'Partly right answers' },
  partialLine: { id: 'questions.partialLine', defaultMessage: '{label}: {percent} of the marks' },
  percent: { id: 'questions.percent', defaultMessage: '{value} %' },
  gradedByPerson: { id: 'questions.gradedByPerson', defaultMessage: 'Graded by a person' },
  noKeyDescription: {
    id: 'questions.noKeyDescription',
    defaultMessage: 'No key: a description has no marks',
  },
  noKeyUnpublishable: {
    id: 'questions.noKeyUnpublishable',
    defaultMessage: 'No key: this question cannot be published',
  },
  capitalsMatch: { id: 'questions.capitalsMatch', defaultMessage: ' (capitals must match)' },
  rightPairs: { id: 'questions.rightPairs', defaultMessage: 'Right pairs' },
  premise: { id: 'questions.premise', defaultMessage: 'Premise' },
  rightResponse: { id: 'questions.rightResponse', defaultMessage: 'Right response' },
  noPremise: {
    id: 'questions.noPremise',
    defaultMessage: 'Responses that match no premise:',
  },
  distractors: { id: 'questions.distractors', defaultMessage: 'Distractors' },
  rightOrder: { id: 'questions.rightOrder', defaultMessage: 'Right order' },
  gapKeys: { id: 'questions.gapKeys', defaultMessage: 'Gap keys' },
  gap: { id: 'questions.gap', defaultMessage: 'Gap' },
  kind: { id: 'questions.kind', defaultMessage: 'Kind' },
  rightAnswer: { id: 'questions.rightAnswer', defaultMessage: 'Right answer' },
  noKey: { id: 'questions.noKey', defaultMessage: '(no key)' },
  true: { id: 'questions.true', defaultMessage: 'True' },
  false: { id: 'questions.false', defaultMessage: 'False' },
  kindChoice: { id: 'questions.kindChoice', defaultMessage: 'Choice' },
  kindText: { id: 'questions.kindText', defaultMessage: 'Typed answer' },
  kindNumber: { id: 'questions.kindNumber', defaultMessage: 'Number' },

  // Import
  importTitle: { id: 'questions.importTitle', defaultMessage: 'Import questions' },
  pickFileKinds: { id: 'questions.pickFileKinds', defaultMessage: 'Question files' },
  done: { id: 'questions.done', defaultMessage: 'Done' },
  stopImport: { id: 'questions.stopImport', defaultMessage: 'Stop import' },
  cancel: { id: 'questions.cancel', defaultMessage: 'Cancel' },
  checkFile: { id: 'questions.checkFile', defaultMessage: 'Check file' },
  importCount: {
    id: 'questions.importCount',
    defaultMessage: 'Import {count, plural, one {# question} other {# questions}}',
  },
  importPlain: { id: 'questions.importPlain', defaultMessage: 'Import' },
  file: { id: 'questions.file', defaultMessage: 'File' },
  chooseWithDialog: { id: 'questions.chooseWithDialog', defaultMessage: 'Choose a file…' },
  format: { id: 'questions.format', defaultMessage: 'Format' },
  saving: { id: 'questions.saving', defaultMessage: 'Saving {done} of {total}…' },
  checkingItems: {
    id: 'questions.checkingItems',
    defaultMessage: 'Checking {count, plural, one {# item} other {# items}}…',
  },
  readingFile: { id: 'questions.readingFile', defaultMessage: 'Reading the file…' },
  sendingFile: { id: 'questions.sendingFile', defaultMessage: 'Sending the file to the app…' },
  importedCount: {
    id: 'questions.importedCount',
    defaultMessage: 'Imported {count, plural, one {# question} other {# questions}}.',
  },
  skippedCount: {
    id: 'questions.skippedCount',
    defaultMessage: '{count, plural, one {# item} other {# items}} skipped.',
  },
  duplicatesLeftOut: {
    id: 'questions.duplicatesLeftOut',
    defaultMessage: '{count, plural, one {# duplicate} other {# duplicates}} left out.',
  },
  nothingImported: { id: 'questions.nothingImported', defaultMessage: 'Nothing will be imported:' },
  readyToImport: {
    id: 'questions.readyToImport',
    defaultMessage: '{count, plural, one {# question} other {# questions}} ready to import',
  },
  willBeSkipped: {
    id: 'questions.willBeSkipped',
    defaultMessage: ', {count, plural, one {# item} other {# items}} will be skipped',
  },
  duplicatesLeftOutTail: {
    id: 'questions.duplicatesLeftOutTail',
    defaultMessage: ', {count, plural, one {# duplicate} other {# duplicates}} left out',
  },
  sentenceEnd: { id: 'questions.sentenceEnd', defaultMessage: '.' },
  problemAtLine: { id: 'questions.problemAtLine', defaultMessage: 'Line {line}: ' },
  problemAtLineColumn: {
    id: 'questions.problemAtLineColumn',
    defaultMessage: 'Line {line}, column {column}: ',
  },
  importReport: { id: 'questions.importReport', defaultMessage: 'Import report' },
  where: { id: 'questions.where', defaultMessage: 'Where' },
  result: { id: 'questions.result', defaultMessage: 'Result' },
  questionOrReason: { id: 'questions.questionOrReason', defaultMessage: 'Question or reason' },
  itemAtLine: { id: 'questions.itemAtLine', defaultMessage: 'line {line}' },
  itemAtLineColumn: { id: 'questions.itemAtLineColumn', defaultMessage: 'line {line}:{column}' },
  statusImported: { id: 'questions.statusImported', defaultMessage: 'Imported' },
  statusWouldImport: { id: 'questions.statusWouldImport', defaultMessage: 'Will import' },
  statusSkipped: { id: 'questions.statusSkipped', defaultMessage: 'Skipped' },
  statusDuplicate: { id: 'questions.statusDuplicate', defaultMessage: 'Already in the bank' },

  // The editor
  editQuestion: { id: 'questions.editQuestion', defaultMessage: 'Edit question' },
  plainText: { id: 'questions.plainText', defaultMessage: 'Plain text' },
  richText: {
    id: 'questions.richText',
    defaultMessage: 'Rich text (formatting, formulas, images, audio)',
  },
  marksHintCloze: { id: 'questions.marksHintCloze', defaultMessage: 'The sum of the gaps’ marks.' },
  marksHintDescription: {
    id: 'questions.marksHintDescription',
    defaultMessage: 'A description has none.',
  },
  textIs: { id: 'questions.textIs', defaultMessage: 'Text is' },
  formatHintHtml: {
    id: 'questions.formatHintHtml',
    defaultMessage: 'Back to plain text keeps the words only.',
  },
  formatHintPlain: {
    id: 'questions.formatHintPlain',
    defaultMessage: 'Rich text shows formatting, formulas (TeX), images and audio.',
  },
  textToRead: { id: 'questions.textToRead', defaultMessage: 'Text to read' },
  questionText: { id: 'questions.questionText', defaultMessage: 'Question text' },
  correctAnswer: { id: 'questions.correctAnswer', defaultMessage: 'Correct answer' },
  minWords: { id: 'questions.minWords', defaultMessage: 'Minimum words' },
  maxWords: { id: 'questions.maxWords', defaultMessage: 'Maximum words' },
  audioPlays: { id: 'questions.audioPlays', defaultMessage: 'Audio plays allowed' },
  audioPlaysHint: {
    id: 'questions.audioPlaysHint',
    defaultMessage: "How often a student may start the question's audio; blank for no limit.",
  },
  tagsHint: {
    id: 'questions.tagsHint',
    defaultMessage: 'Separate tags with commas; they are how tests draw questions at random.',
  },
  savingButton: { id: 'questions.savingButton', defaultMessage: 'Saving…' },
  saveNewVersion: { id: 'questions.saveNewVersion', defaultMessage: 'Save as new version' },
  createQuestion: { id: 'questions.createQuestion', defaultMessage: 'Create question' },

  // Options of a choice question
  optionsWeights: {
    id: 'questions.optionsWeights',
    defaultMessage: 'Options — the marks each earns, in percent (negative for a wrong choice)',
  },
  optionsCorrectOne: {
    id: 'questions.optionsCorrectOne',
    defaultMessage: 'Options — mark the correct one',
  },
  optionsCorrectMany: {
    id: 'questions.optionsCorrectMany',
    defaultMessage: 'Options — mark the correct ones',
  },
  partialCredit: {
    id: 'questions.partialCredit',
    defaultMessage: 'Partial credit: a weight for each option',
  },
  optionName: { id: 'questions.optionName', defaultMessage: 'Option {letter}' },
  weightOf: { id: 'questions.weightOf', defaultMessage: 'Weight of option {letter} (%)' },
  isCorrect: { id: 'questions.isCorrect', defaultMessage: '{name} is correct' },
  removeOption: { id: 'questions.removeOption', defaultMessage: 'Remove option {letter}' },
  remove: { id: 'questions.remove', defaultMessage: 'Remove' },
  feedbackForOption: {
    id: 'questions.feedbackForOption',
    defaultMessage: 'Feedback for option {letter}',
  },
  addOption: { id: 'questions.addOption', defaultMessage: 'Add option' },

  // Gap fill
  addDropdownGap: { id: 'questions.addDropdownGap', defaultMessage: 'Add a drop-down gap' },
  addWordGap: { id: 'questions.addWordGap', defaultMessage: 'Add a word gap' },
  addNumberGap: { id: 'questions.addNumberGap', defaultMessage: 'Add a number gap' },
  passage: { id: 'questions.passage', defaultMessage: 'Passage' },
  gapHint: {
    id: 'questions.gapHint',
    defaultMessage:
      'Each gap stands in the passage as {placeholder}; the buttons below put a new one at the cursor.',
  },
  addAGap: { id: 'questions.addAGap', defaultMessage: 'Add a gap' },
  clozeMarks: {
    id: 'questions.clozeMarks',
    defaultMessage: 'Marks for the question: {total} (the sum of its gaps).',
  },
  kindDropdown: { id: 'questions.kindDropdown', defaultMessage: 'Drop-down (choose one)' },
  kindWord: { id: 'questions.kindWord', defaultMessage: 'Word or phrase' },
  gapLegend: { id: 'questions.gapLegend', defaultMessage: 'Gap {id}' },
  removeGap: { id: 'questions.removeGap', defaultMessage: 'Remove gap {id}' },
  gapOptionCorrect: {
    id: 'questions.gapOptionCorrect',
    defaultMessage: 'Gap {id} option {letter} is correct',
  },
  gapOption: { id: 'questions.gapOption', defaultMessage: 'Gap {id} option {letter}' },
  removeGapOption: {
    id: 'questions.removeGapOption',
    defaultMessage: 'Remove gap {id} option {letter}',
  },
  addGapOption: { id: 'questions.addGapOption', defaultMessage: 'Add option to gap {id}' },
  feedbackForGap: { id: 'questions.feedbackForGap', defaultMessage: 'Feedback for gap {id}' },

  // Feedback
  feedbackLegend: {
    id: 'questions.feedbackLegend',
    defaultMessage: 'Feedback (shown in the review when the test releases it)',
  },
  generalFeedback: { id: 'questions.generalFeedback', defaultMessage: 'General feedback' },
  whenRight: { id: 'questions.whenRight', defaultMessage: 'When fully right' },
  whenPartly: { id: 'questions.whenPartly', defaultMessage: 'When partly right' },
  whenWrong: { id: 'questions.whenWrong', defaultMessage: 'When wrong' },
  forTrue: { id: 'questions.forTrue', defaultMessage: 'For the answer True' },
  forFalse: { id: 'questions.forFalse', defaultMessage: 'For the answer False' },
  answerOwnFeedback: {
    id: 'questions.answerOwnFeedback',
    defaultMessage: 'Answer {n} that gets its own feedback',
  },
  feedbackForAnswer: {
    id: 'questions.feedbackForAnswer',
    defaultMessage: 'Feedback for answer {n}',
  },
  removeFeedbackForAnswer: {
    id: 'questions.removeFeedbackForAnswer',
    defaultMessage: 'Remove feedback for answer {n}',
  },
  addFeedbackForAnswer: {
    id: 'questions.addFeedbackForAnswer',
    defaultMessage: 'Add feedback for an answer',
  },

  // Lists of premises, responses and items
  rowLabel: {
    id: 'questions.rowLabel',
    defaultMessage:
      '{noun, select, response {Response {n}} premise {Premise {n}} other {Item {n}}}',
  },
  moveUp: {
    id: 'questions.moveUp',
    defaultMessage:
      '{noun, select, response {Move response {n} up} premise {Move premise {n} up} other {Move item {n} up}}',
  },
  moveDown: {
    id: 'questions.moveDown',
    defaultMessage:
      '{noun, select, response {Move response {n} down} premise {Move premise {n} down} other {Move item {n} down}}',
  },
  removeRow: {
    id: 'questions.removeRow',
    defaultMessage:
      '{noun, select, response {Remove response {n}} premise {Remove premise {n}} other {Remove item {n}}}',
  },
  addRow: {
    id: 'questions.addRow',
    defaultMessage:
      '{noun, select, response {Add response} premise {Add premise} other {Add item}}',
  },
  up: { id: 'questions.up', defaultMessage: 'Up' },
  down: { id: 'questions.down', defaultMessage: 'Down' },
  responsesLegend: {
    id: 'questions.responsesLegend',
    defaultMessage: 'Responses (more than the premises need: the extra ones are distractors)',
  },
  premisesLegend: {
    id: 'questions.premisesLegend',
    defaultMessage: 'Premises, each with its matching response',
  },
  matchingFor: { id: 'questions.matchingFor', defaultMessage: 'Matching response for premise {n}' },
  chooseResponse: { id: 'questions.chooseResponse', defaultMessage: 'Choose its response' },
  responseName: { id: 'questions.responseName', defaultMessage: '{n}. {text}' },
  empty: { id: 'questions.empty', defaultMessage: '(empty)' },
  itemsLegend: {
    id: 'questions.itemsLegend',
    defaultMessage: 'Items, in their right order (students see them shuffled)',
  },
  orderingHint: {
    id: 'questions.orderingHint',
    defaultMessage:
      'Whether a partly right order earns marks (per item in its place) is a setting of the test.',
  },

  // Keys: short answer and numeric
  acceptedAnswers: { id: 'questions.acceptedAnswers', defaultMessage: 'Accepted answers' },
  acceptedHint: {
    id: 'questions.acceptedHint',
    defaultMessage: 'One per line. Each earns full marks.',
  },
  capitals: { id: 'questions.capitals', defaultMessage: 'Capital letters must match' },
  partlyRightAnswer: {
    id: 'questions.partlyRightAnswer',
    defaultMessage: 'Partly right answer {n}',
  },
  creditForPartly: {
    id: 'questions.creditForPartly',
    defaultMessage: 'Credit for partly right answer {n} (%)',
  },
  removePartly: { id: 'questions.removePartly', defaultMessage: 'Remove partly right answer {n}' },
  addPartly: { id: 'questions.addPartly', defaultMessage: 'Add a partly right answer' },
  rowProblem: { id: 'questions.rowProblem', defaultMessage: 'Row {n}: {message}' },
  absolute: { id: 'questions.absolute', defaultMessage: 'Absolute' },
  relative: { id: 'questions.relative', defaultMessage: 'Relative' },
  correctValue: { id: 'questions.correctValue', defaultMessage: 'Correct value' },
  tolerance: { id: 'questions.tolerance', defaultMessage: 'Tolerance' },
  toleranceHintRelative: {
    id: 'questions.toleranceHintRelative',
    defaultMessage: 'A fraction of the value, e.g. 0.05 for 5%.',
  },
  toleranceHintAbsolute: { id: 'questions.toleranceHintAbsolute', defaultMessage: '± this much.' },
  toleranceIs: { id: 'questions.toleranceIs', defaultMessage: 'Tolerance is' },
  otherValues: {
    id: 'questions.otherValues',
    defaultMessage: 'Other values for part of the marks',
  },
  altValue: { id: 'questions.altValue', defaultMessage: 'Alternative value {n}' },
  altTolerance: { id: 'questions.altTolerance', defaultMessage: 'Tolerance of alternative {n}' },
  altToleranceIs: {
    id: 'questions.altToleranceIs',
    defaultMessage: 'Tolerance of alternative {n} is',
  },
  altCredit: { id: 'questions.altCredit', defaultMessage: 'Credit for alternative {n} (%)' },
  removeAlt: { id: 'questions.removeAlt', defaultMessage: 'Remove alternative {n}' },
  addAlt: { id: 'questions.addAlt', defaultMessage: 'Add an alternative value' },

  // Export warnings
  exportedWithout: {
    id: 'questions.exportedWithout',
    defaultMessage:
      '{count, plural, one {# question was} other {# questions were}} exported without something {format} has no place for:',
  },
  exportedWithoutItem: {
    id: 'questions.exportedWithoutItem',
    defaultMessage: '“{question}”: {parts}',
  },
  lostGapFeedback: { id: 'questions.lostGapFeedback', defaultMessage: 'the gap feedback' },
  lostCorrectFeedback: {
    id: 'questions.lostCorrectFeedback',
    defaultMessage: 'the feedback for a correct answer',
  },
  lostPartialFeedback: {
    id: 'questions.lostPartialFeedback',
    defaultMessage: 'the feedback for a partly correct answer',
  },
  lostIncorrectFeedback: {
    id: 'questions.lostIncorrectFeedback',
    defaultMessage: 'the feedback for an incorrect answer',
  },
});
