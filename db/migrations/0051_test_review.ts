import { addColumn, type Migration } from './types';

/**
 * What a test releases in the student's per-question review, how its
 * ordering questions earn marks, and the groups that tie a description to
 * the questions after it (shuffled as one unit). Tests written before read
 * as they did: no review, all-or-nothing ordering, no groups.
 */
export const migration0051: Migration = {
  version: 51,
  name: 'test_review',
  steps: [
    addColumn('tests', 'review_release', "TEXT NOT NULL DEFAULT 'none'"),
    addColumn('tests', 'ordering_credit', "TEXT NOT NULL DEFAULT 'all_or_nothing'"),
    addColumn('test_questions', 'group_id', 'TEXT'),
  ],
};
