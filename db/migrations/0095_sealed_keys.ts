import { addColumn, type Migration } from './types';

/**
 * Answer keys sealed at rest (db/sealing/content-cipher.ts). The sealed value
 * takes the place of the plain one in `correct_answer`, so the only new column
 * is the keyed hash duplicate detection compares, now that the key itself
 * cannot be compared in SQL, and the organisation key wrapped under each
 * enrolment token (`clients.content_key_wraps`), so a computer enrolled by
 * URL and token receives the key (db/sealing/key-wrap.ts). Rows written before keep working: a plain key
 * reads as it is until the upgrade at start seals it.
 */
export const migration0095: Migration = {
  version: 95,
  name: 'sealed_keys',
  steps: [
    addColumn('questions', 'duplicate_mac', 'TEXT'),
    addColumn('clients', 'content_key_wraps', 'TEXT'),
  ],
};
