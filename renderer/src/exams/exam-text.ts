/** The words of the exam screen's frame, in one place so a message catalogue can take them later. */
export const examText = {
  skipToQuestion: 'Skip to the question',
  paletteLabel: 'Questions',
  paletteHint: 'Arrow keys move between questions; Enter opens one.',
  answered: 'answered',
  notAnswered: 'not answered',
  flagged: 'flagged',
  current: 'current question',
  legendAnswered: 'Answered',
  legendNotAnswered: 'Not answered',
  legendFlagged: 'Flagged',
  saveFailed: 'Your last answer is not saved yet. It is being tried again.',
  saveRecovered: 'All your answers are saved.',
  tenMinutes: '10 minutes left.',
  oneMinute: '1 minute left. Your answers are saved; the exam submits itself when time is up.',
  dismiss: 'OK',
} as const;
