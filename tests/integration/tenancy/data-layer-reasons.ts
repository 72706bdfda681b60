/**
 * The functions db/ exports outside the repositories, and why none of them
 * needs a tenancy case of its own. The coverage test fails when db/ exports a
 * function that is neither here nor covered by a case.
 */
export const dataLayerNotTenantScoped: Record<string, string> = {
  nowIsoOf: 'formats the clock',
  toBool: 'converts a column value',
  fromBool: 'converts a column value',
  parseJson: 'converts a column value',
  toJson: 'converts a column value',
  sqlStep: 'describes a migration step',
  addColumn: 'describes a migration step',
  migrate: 'applies schema migrations to the whole local file, before anyone signs in',
  readSchemaVersion: 'reads the schema version of the whole local file',
  openDatabase: 'opens the local file; every query on it is scoped by the repositories',
  refreshSchemaState: 'reads the schema version of the whole local file after a pull',
  DatabaseSlot: 'holds the open database; reads nothing',
  dataAccessOf: 'hands out the open database and the transaction runner; reads nothing',
  transactionRunner: 'opens a transaction for the caller’s work, which scopes its own queries',
  syncEngineOf: 'binds the sync engine functions below to the open database',
  WriteGate:
    'orders the open database’s transactions, push, pull, checkpoint and snapshots; reads nothing',
  DatabaseClosingError: 'an error type',
  DatabaseBusyAtCloseError: 'an error type',
  applyGatedFetch: 'holds back the end of a pull response until the pull holds the write gate',
  isRetryableWriteError: 'reads an error message',
  withRetry: 'runs the caller’s work again on a retryable error; the work scopes its own queries',
  keptRead:
    'keeps the statement of a read its caller writes and runs it with the caller’s parameters; the caller scopes the query (getSessionStanding has a case)',
  finalizeKeptReads: 'finalizes the kept statements of a database that is closing; reads nothing',
  finalizedStatements:
    'hands drizzle the client with statements finalized after each run; the repositories scope their own queries',
  FinalizedStatement:
    'runs the SQL drizzle built for a repository function and finalizes it; the function scopes its own query',
  readLocalSyncState:
    'counts the engine’s change log, which spans the whole local file (one tenant database per file); shown to the device’s own admin only',
  listPendingChanges:
    'reads the engine’s change log of the whole local file (see readLocalSyncState)',
  changeLogMark: 'reads the engine’s change log of the whole local file (see readLocalSyncState)',
  describePushRequest:
    'reads the size and mark of a push request body the engine is sending; reads no table',
  pendingChangeRows:
    'exports the unsent rows of the whole local file to a file beside it before un-enrolling; never answered to a session',
  snapshotTable:
    'copies the table a server refusal names, before the rebase drops rows; each set-aside record is then filed under its row’s own organisation',
  idsStillPresent: 'checks which copied ids survived a pull, in the table copied above',
  serverAddress: 'formats a URL',
  openServerDatabase: 'connects to one tenant’s server database, whose token names the tenant',
  withServerDatabase: 'connects to one tenant’s server database, whose token names the tenant',
  ServerDatabaseError: 'an error type',
  errorForStatus: 'maps an HTTP status to an error',
  errorForNoAnswer: 'maps a network failure to an error',
  notASyncServer: 'maps an HTTP status to an error',
  applyServerMigrations: 'applies schema migrations to one tenant’s server database',
  readServerTenant:
    'reads what one tenant’s server database holds before enrolling into it; the token names the tenant',
  isPipelineRequest: 'checks the shape of a request body',
  isPipelineResponse: 'checks the shape of a response body',
  rewritePipeline: 'rewrites a request body',
  textOf: 'converts a server value',
  checkDatabaseContent:
    'checks a scratch copy of the whole local file (engine check, row counts) for a snapshot or a restore; never answered to a session',
  checkDatabaseContentHere:
    'the same check as checkDatabaseContent, on the calling thread (the worker thread’s side of it)',
  runOnEngineThread:
    'hands a check or a digest of database files to a worker thread; reads no rows',
  digestFiles: 'hashes database files on a worker thread; reads no rows',
  digestFile: 'hashes a file',
  DatabaseDamagedError: 'an error type',
  findDamage: 'checks the raw files of the whole local file before it opens',
  refuseDamaged: 'checks the raw files of the whole local file before it opens',
  ensurePrivateDir: 'sets folder permissions',
  makePrivate: 'sets file permissions',
  existingDatabaseFiles: 'lists the files of the local database',
  makeDatabaseFilesPrivate: 'sets file permissions',
  copyDatabaseFiles: 'copies the files of the whole local database for a snapshot or a restore',
  copyDatabaseFilesAsync: 'copies the files of the whole local database for a snapshot',
  removeDatabaseFiles: 'deletes the files of a closed local database before a restore',
  pageSizeOf: 'reads a file header',
  checkMainFile: 'checks the bytes of a database file',
  readWal: 'checks the bytes of a WAL file',
  checkDatabaseFiles: 'checks the bytes of the local database files',
  migrationsPending: 'reads the schema version of the whole local file before it migrates',
  withPlainCopy:
    'opens a scratch copy of one data folder’s database; its callers below read one device’s rows',
  emptyRescueTables: 'builds an empty value',
  rescueAttemptIds:
    'reads a copy of one dead computer’s data folder, by its device id, for a file only its own organisation can import (importRescue and writeRescueRows refuse rows of any other)',
  readRescueRows:
    'reads the rows of the attempts rescueAttemptIds found, in the same copy (see rescueAttemptIds)',
  organisationOfCopy:
    'names the organisation a copy of one data folder belongs to, which the rescue file is then filed under',
  GatedSyncDatabase: 'the engine’s database class with its file work gated; reads nothing itself',
  SchemaChangedSinceOpenError: 'an error type',
  compactInsert:
    'writes the statement for a row change the engine pushes; the row is the change’s own, of the one tenant database the file is',
  compactUpsert: 'writes the statement for a row change the engine pushes (see compactInsert)',
  compactPushStatement:
    'the engine’s push transform: rewrites a row change it pushes, reads nothing (see compactInsert)',
  compactPushTransform: 'makes the engine’s push transform (see compactPushStatement)',
  mergedPushBody:
    'rewrites a push request body the engine wrote, merging its own row statements; reads no database',
  readSyncInfo: 'reads the sync metadata file of the whole local database',
  rewriteClientId: 'rewrites the sync metadata file of a closed local database',
  readLocalSyncPosition:
    'reads the engine’s change log and pull generation of the whole local file (see readLocalSyncState)',
  readServerSyncPosition:
    'asks one tenant’s server database, whose token names the tenant, where it stands for this computer',
  moveChangeIdsPast:
    'moves the engine’s change log of the whole local file past the server’s count after a restore',
  dropChangesUpTo:
    'drops the engine’s change log of the whole local file up to what the server has, after a restore',
  newestChangeId: 'reads the engine’s change log of the whole local file (see readLocalSyncState)',
  pendingStartsAfter:
    'reads the engine’s change log of the whole local file (see readLocalSyncState)',
  schemaChangeInLog:
    'reads the engine’s change log of the whole local file for a schema change (see readLocalSyncState)',
  countRowsAfter: 'counts the engine’s change log of the whole local file (see readLocalSyncState)',
  countPushedRowChangesAfter:
    'counts the engine’s change log of the whole local file, for push progress (see readLocalSyncState)',
  measurePushedChangesAfter:
    'weighs the engine’s change log of the whole local file before a push (see readLocalSyncState)',
  heaviestTransactionAfter:
    'weighs the engine’s change log of the whole local file before a push (see readLocalSyncState)',
  writePushSeal: 'upserts the seal rows, which belong to no organisation and mean nothing',
  canSeal: 'reads the schema of the whole local file',
  fatBytesSinceLastSeal:
    'weighs the engine’s change log of the whole local file at open (see readLocalSyncState)',
  changeLogMarkIn: 'reads the engine’s change log inside the caller’s transaction',
  changeSetSinceIn:
    'weighs the caller’s own transaction in the engine’s change log, whatever it wrote',
  primeTransactionGuard: 'sets up the transaction guard on the whole local file at open',
  guardTransaction: 'measures the caller’s own transaction; reads no table of the app',
  TransactionTooLargeError: 'an error type',
  BoundedWriteCancelled: 'an error type',
  boundedChunks: 'splits a list by weight; reads nothing',
  writeInBoundedTransactions:
    'runs the caller’s writes in several transactions; the caller’s work scopes its own queries',
  organisationIds:
    'lists the organisations of the whole local file for the sealing upgrade at start, before anyone signs in; never answered to a session',
  duplicateMacOf: 'hashes columns into a comparison key; reads nothing',
  liveDuplicateMacs:
    'reads the keyed hashes under the same WHERE as liveFingerprints (whose case shows A gets none of B’s) and adds liveFingerprints’ own for older rows',
  sealedColumns: 'seals columns for the row it is given; reads nothing',
  openedColumns: 'opens the columns of a row already read under its tenant; reads nothing',
  storedOf: 'maps a row already read under its tenant to content',
  keyOwnerOf: 'names the question a row belongs to; reads nothing',
  answerKeyPlace: 'names where a sealed key lives; reads nothing',
  opensWith: 'checks a sealed value against a key; reads nothing',
  oneSealedKey:
    'reads one sealed key of the organisation a computer is enrolling into, to check the key its enrolment brought; never answered to a session',
  unsealedRows:
    'runs at start-up before anyone signs in, once per organisation whose key this computer holds; its WHERE names the organisation (sealing.test.ts shows another organisation’s rows stay as they were)',
  sealedRowOf: 'seals the columns of a row already read; reads nothing',
  sealRows:
    'writes back rows read by unsealedRows, each by its own id and organisation; runs at start-up before anyone signs in',
  plainKeyCount:
    'counts one named organisation’s plain answer keys for the sealing upgrade and its tests; never answered to a session',
  isSealed: 'reads a column value',
  sealValue: 'encrypts a column value for the place it names; reads nothing',
  openValue: 'decrypts a column value for the place it names; reads nothing',
  keyedHash: 'hashes a text under an organisation key; reads nothing',
  sealedLength: 'computes a length; reads nothing',
  SealedValueError: 'an error type',
  MissingContentKeyError: 'an error type',
  useContentKey: 'holds a key in this process; reads nothing',
  hasContentKey: 'asks whether this process holds a key; reads nothing',
  contentKeyOf: 'hands out a key this process holds; reads nothing',
  contentKeyForWriting: 'hands out a key this process holds; reads nothing',
  makeContentKey: 'makes a key in this process; reads nothing',
  onContentKeyMade: 'registers a listener; reads nothing',
  plainHashes:
    'runs at start-up before anyone signs in, once per organisation whose key this computer holds; its WHERE names the organisation',
  sealHash:
    'writes back a hash read by plainHashes, by its own id and organisation; runs at start-up before anyone signs in',
  releaseContentKey: 'lets go of a key this process holds; reads nothing',
  contentKeyWraps:
    'reads the key wraps of the one organisation a computer is enrolled into, at enrolment and at start, before anyone signs in; never answered to a session',
  putContentKeyWrap:
    'writes a key wrap into the row of the organisation named, at enrolment and at start; never reached from a session',
  keyWrapId: 'derives a wrap id from a token; reads nothing',
  wrapContentKey: 'encrypts a key under a token; reads nothing',
  unwrapContentKey: 'decrypts a key wrap under a token; reads nothing',
};
