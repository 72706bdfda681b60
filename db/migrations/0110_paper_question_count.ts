import { addColumn, type Migration } from './types';

/**
 * `attempts.question_count`: the number of entries on the attempt's paper
 * (descriptions included), written when the paper is drawn, which is the only
 * time a paper is written. The proctor console shows every running attempt's
 * length every few seconds; counting it from the paper's JSON read each
 * attempt's whole paper (a few kilobytes, pages of its own) and parsed it,
 * which was most of the console's read with 600 attempts. Null on every
 * attempt an older app started: those are counted from the paper as before.
 */
export const migration0110: Migration = {
  version: 110,
  name: 'paper_question_count',
  steps: [addColumn('attempts', 'question_count', 'INTEGER')],
};
