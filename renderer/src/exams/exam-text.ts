/** The words of the exam screen's frame, in one place so a message catalogue can take them later. */
export const examText = {
  skipToQuestion: 'Skip to the question',
  paletteLabel: 'Questions',
  paletteHint: 'Arrow keys move between questions; Enter opens one.',
  answered: 'answered',
  /** A description: read, never answered. */
  information: 'information',
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

/** The words of rest breaks on the exam screen. */
export const breakText = {
  region: 'Rest break',
  available: (left: string) =>
    `You may take a rest break (${left} of break time left). Your proctor approves it, and the exam clock pauses while you rest.`,
  ask: 'Ask for a rest break',
  waiting:
    'Your proctor has been asked for a rest break. The exam clock runs until they approve it.',
  approved: 'Your proctor approved your break. It starts in a moment.',
  withdraw: 'Withdraw the request',
  heading: 'You are on a rest break',
  paused: (left: string | null) =>
    left === null
      ? 'The exam is paused. Your answers are saved.'
      : `The exam clock is paused at ${left} left. Your answers are saved.`,
  leftLabel: 'Break time left',
  whenUsed: 'When your break time is used up, the exam clock runs again.',
  back: 'Back to my exam',
  timerPaused: 'paused for your break',
} as const;
