import { addColumn, type Migration } from './types';

/**
 * Sealed tests (db/sealing/test-content.ts): a test may keep its questions'
 * content encrypted under a key of its own until it is released. The sealed
 * content takes the place of the plain text in the question rows, so the only
 * new columns are the test's flag and its key, wrapped under the organisation
 * key and under the start code (`tests.sealed_key_wraps`). Every test reads
 * as not sealed until someone seals it.
 */
export const migration0105: Migration = {
  version: 105,
  name: 'sealed_tests',
  steps: [
    addColumn('tests', 'sealed', 'INTEGER NOT NULL DEFAULT 0'),
    addColumn('tests', 'sealed_key_wraps', 'TEXT'),
  ],
};
