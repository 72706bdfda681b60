import { addColumn, type Migration } from './types';

/**
 * Interface languages: the language an organisation's screens are shown in,
 * and a student's own choice for theirs and their exams. Both are nullable
 * and additive: null is English for an organisation and "the organisation's"
 * for a student, so every existing row reads as before. Both tables sync.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'languages',
  steps: [
    addColumn('clients', 'language', 'TEXT'),
    addColumn('display_settings', 'language', 'TEXT'),
  ],
};
