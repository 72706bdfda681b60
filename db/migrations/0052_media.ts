import { type Migration, sqlStep } from './types';

/**
 * Media kept in the organisation database, content-addressed. A file's row
 * names its SHA-256; its bytes are rows of at most 16 KiB, so each row a push
 * carries stays small. The id of both is derived from the organisation and
 * the hash: two computers of one organisation storing the same file write the
 * same rows, and two organisations in one file never meet. Only unique keys
 * are the primary keys, so nothing a push replays is refused for a taken value.
 */
export const migration0052: Migration = {
  version: 52,
  name: 'media',
  steps: [
    sqlStep(`CREATE TABLE IF NOT EXISTS media (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      sha256 TEXT NOT NULL,
      mime TEXT NOT NULL,
      size INTEGER NOT NULL,
      chunk_count INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT
    )`),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_media_client_sha ON media(client_id, sha256)'),
    sqlStep(`CREATE TABLE IF NOT EXISTS media_chunks (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      media_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      data BLOB NOT NULL
    )`),
    sqlStep('CREATE INDEX IF NOT EXISTS idx_media_chunks_media ON media_chunks(media_id, seq)'),
  ],
};
