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
  WriteGate: 'lets one writer at a time at the open database; reads nothing',
  EngineOrder: 'orders push, pull and checkpoint against the write gate; reads nothing',
  applyGatedFetch: 'holds back the end of a pull response until the pull holds the write gate',
  isRetryableWriteError: 'reads an error message',
  withRetry: 'runs the caller’s work again on a retryable error; the work scopes its own queries',
  readLocalSyncState:
    'counts the engine’s change log, which spans the whole local file (one tenant database per file); shown to the device’s own admin only',
  listPendingChanges:
    'reads the engine’s change log of the whole local file (see readLocalSyncState)',
  changeLogMark: 'reads the engine’s change log of the whole local file (see readLocalSyncState)',
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
};
