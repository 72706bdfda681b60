/**
 * How the engine's upsert of this device's mark (`turso_sync_last_change_id`,
 * the last local change id of a push batch) begins in a push request's JSON
 * body. The push reader (electron/services/sync/push-request.ts) finds the
 * batch's mark after it; being the engine's SQL, the text lives here with the
 * rest of the database's.
 */
export const MARK_UPSERT_JSON = '"sql":"INSERT INTO turso_sync_last_change_id(';
