import { type Migration, sqlStep } from './types';

/**
 * The media of sealed tests (db/repositories/sealed-media.ts): each sealed
 * test keeps its own copy of every file its questions show, in chunks sealed
 * under the test's key, keyed by the organisation, the test, the file's
 * SHA-256 and the chunk number. The file's row in `media` stays the
 * catalogue entry (type, size, chunk count); its clear chunks are removed
 * while only sealed tests' questions show it.
 */
export const migration0106: Migration = {
  version: 106,
  name: 'sealed_media',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS sealed_media_chunks (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      test_id TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      seq INTEGER NOT NULL,
      data BLOB NOT NULL
    )`),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_sealed_media_chunks_file ON sealed_media_chunks(client_id, sha256, test_id, seq)',
    ),
    sqlStep(
      'CREATE INDEX IF NOT EXISTS idx_sealed_media_chunks_test ON sealed_media_chunks(client_id, test_id)',
    ),
  ],
};
