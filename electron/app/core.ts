import { openDatabase, type AppDatabase, type RemoteSettings } from '@db/open';
import { getSessionStanding } from '@db/repositories/profiles';
import { dataAccessOf, DatabaseSlot } from '@db/slot';
import type { TransactionLimits } from '@db/sync/transaction-guard';
import { apiContract } from '@shared/api/contract';
import { newId, type IdFactory } from '@shared/ids';
import { roleSchema } from '@shared/domain/roles';
import {
  DEFAULT_SYNC_TIMINGS,
  requestTimeoutFor,
  updateRequiredMessage,
  type SyncTimings,
} from '@shared/sync/policy';
import type { PushLimits } from '@shared/sync/push-limits';
import type { Clock } from '@shared/time';
import { EventHub } from '../api/events';
import { handlerModules } from '../api/handlers/index';
import type { HandlerDeps } from '../api/handlers/handler-deps';
import { ApiRouter } from '../api/router';
import { SessionStore } from '../api/sessions';
import { DeviceUptime } from '../services/auth/device-uptime';
import { GuessGuard } from '../services/auth/guess-guard';
import { DEFAULT_SCRYPT, type ScryptParams } from '../services/auth/passwords';
import { AuditChainSigner } from '../services/audit/chain-signing';
import { loadOrCreateDeviceKey } from '../services/audit/device-key';
import { SeededDemoHashes } from '../services/auth/seeded-hashes';
import { BackupService, SNAPSHOT_EVERY_MS } from '../services/backup/backup-service';
import type { FileDialogs } from '../services/backup/file-dialogs';
import { registerSigningKey, signingKeyChange } from '../services/backup/signing-key-registration';
import { openAtStart, snapshotBeforeMigration } from '../services/backup/startup';
import { IDLE_SIGN_OUT_MESSAGE } from '@shared/auth/session-idle';
import { readAppInfo, APP_VERSION } from '../services/app/app-info';
import { subscriptionLapse } from '../services/billing/billing-service';
import { createExamArea, type ExamArea } from '../services/exams/exam-area';
import { cleanUnfinishedImports } from '../services/imports/staging';
import { realScheduler, type Scheduler } from '../services/exams/scheduler';
import type { ServiceEnv } from '../services/service-env';
import { plainSecretStore, type SecretStore } from '../services/sync/secret-store';
import { recordTokenSealed, sealPlainToken } from '../services/sync/token-sealing';
import { SyncService, type DeviceStore } from '../services/sync/sync-service';
import { SyncTransport } from '../services/sync/transport';
import { databasePath } from './data-dir';
import { hasAnyOrganisation, seedDemoOrganisation } from './demo-seed';
import { loadOrCreateDevice, writeDeviceFile, type DeviceFile } from './device';
import { readProvisionedEnrolment } from './machine-config';
import { systemClock } from './system-clock';
import { Provisioning } from '../services/setup/provisioning';
import { SetupService } from '../services/setup/setup-service';
import { ContentKeyStore } from '../services/sealing/content-key-store';
import { makeMissingContentKeys } from '../services/sealing/missing-keys';
import { receiveContentKey } from '../services/sealing/receive-key';
import { tenantOrganisationId } from '@db/repositories/devices';
import { takeKeyWithToken, wrapKeyForToken } from '../services/sealing/token-key';
import { sealPlainAnswerKeys, sealPlainHashes } from '../services/sealing/seal-upgrade';
import { holdSealedTestKeys } from '../services/sealing/sealed-tests';
import { firstRefusal, inactiveOrganisation, writeGuardsOf, type WriteGuard } from './write-guards';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  ids?: IdFactory;
  scrypt?: ScryptParams;
  /** Seed the demo organisation when the database has none (first start on an unenrolled device). */
  seedDemo?: boolean;
  /**
   * The installed app's rules (production mode): a computer with no organisation
   * shows first-run setup, and a demo organisation is never published into a server.
   */
  production?: boolean;
  /**
   * The machine-wide configuration folder (`/etc/exam-desk` and its kin, see
   * machine-config.ts), whose `enrolment.json` enrols a computer not set up yet
   * on its first start. None when omitted; the installed app passes the OS's.
   */
  machineConfigDir?: string | null;
  /** Overrides the sync settings read from device.json (tests that drive sync by hand). */
  remote?: RemoteSettings;
  /**
   * Pushes send a save's rows as compact statements where the database allows
   * it (db/sync/compact-push.ts); false keeps the engine's own (a benchmark's comparison).
   */
  compactPush?: boolean;
  /** Where the enrolment token is kept; Electron passes safeStorage, plain Node the documented fallback. */
  secretStore?: SecretStore;
  /** The desktop app's folder and save dialogs (Electron passes them; the preview has none). */
  fileDialogs?: FileDialogs;
  /** Sync timings (tests and the benchmark shorten them). */
  syncTimings?: Partial<SyncTimings>;
  /** The fetch sync requests go through (tests may wrap it). */
  fetch?: typeof fetch;
  /** Start the sync runner at once (default). Tests that push and pull by hand turn it off. */
  startSync?: boolean;
  logError?: (method: string, error: unknown) => void;
  /**
   * Timers for the exam clocks and sync pacing, on the monotonic time of `clock`;
   * tests pass a `ManualScheduler` over their `ManualClock` and step it by hand.
   */
  scheduler?: Scheduler;
  /** Numbers in [0, 1) for the jitter of sync retries (tests fix them to know the schedule). */
  random?: () => number;
  /** How often a scheduled snapshot is taken (null: never); every 15 minutes by default. */
  snapshotEveryMs?: number | null;
  /** What the sync runner refuses to push (tests lower it, so a refusal needs little data). */
  pushLimits?: PushLimits;
  /** The bounds every transaction keeps (db/sync/transaction-guard.ts); tests change them to compare. */
  transactionLimits?: Partial<TransactionLimits>;
}

export interface Core {
  dataDir: string;
  readonly device: DeviceFile;
  /** The open database. Joining an organisation replaces it, so read it each time. */
  readonly database: AppDatabase;
  env: ServiceEnv;
  router: ApiRouter;
  events: EventHub;
  sessions: SessionStore;
  sync: SyncService;
  writeGuards: WriteGuard[];
  /** Exam clocks, delivery and the proctor console. */
  exam: ExamArea;
  /** Local snapshots, restores and rescue imports. */
  backup: BackupService;
  /** First-run setup, and the pre-set enrolment it picks up. */
  setup: SetupService;
  /** Settles when the pre-set enrolment (if any) has been tried on this start. */
  provisioned: Promise<void>;
  /** Resolves once the audit chain head signed in the background after a call is written. */
  auditChainIdle(): Promise<void>;
  /** The organisation content keys this computer holds (content-keys.json, sealed by the secret store). */
  contentKeys: ContentKeyStore;
  close(): Promise<void>;
}

/**
 * Builds the main-process services on one database: used by the Electron main
 * process, the browser preview host, the db scripts and the tests alike.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const scheduler = options.scheduler ?? realScheduler;
  const ids = options.ids ?? newId;
  const nowIso = () => new Date(clock.nowMs()).toISOString();
  let device = loadOrCreateDevice(options.dataDir, ids, nowIso());
  const deviceStore: DeviceStore = {
    get: () => device,
    set(next) {
      writeDeviceFile(options.dataDir, next);
      device = next;
    },
  };
  const secretStore = options.secretStore ?? plainSecretStore;
  const timings: SyncTimings = {
    ...DEFAULT_SYNC_TIMINGS,
    // Long-polling is off by default (the local sync server answers at once); Turso Cloud holds pulls.
    longPollMs: Math.max(0, Number(process.env.EXAM_SYNC_LONG_POLL_MS ?? 0) || 0),
    ...options.syncTimings,
  };
  let runner: SyncService['runner'] | null = null;
  const transport = new SyncTransport({
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onBytes: (direction) => runner?.onBytes(direction),
    onPushBatch: (event, batch) => runner?.onPushBatch(event, batch),
    timeouts: {
      scheduler,
      firstAnswerMs: (kind, bodyBytes) => requestTimeoutFor(kind, bodyBytes, timings),
      idleMs: timings.requestTimeoutMs,
    },
  });
  const remote: RemoteSettings = options.remote ?? {
    url: () => device.enrolment?.url ?? null,
    authToken: async () => {
      const sealed = device.enrolment?.token;
      if (!sealed) throw new Error('This computer is not enrolled');
      return secretStore.open(sealed);
    },
    clientName: `exam-desk-${device.deviceId.slice(-12)}`,
    fetch: transport.fetch,
    ...(timings.longPollMs > 0 ? { longPollTimeoutMs: timings.longPollMs } : {}),
    ...(options.compactPush === false ? { compactPush: false } : {}),
  };
  const logError =
    options.logError ??
    ((method: string, error: unknown) => console.error(`[api] ${method} failed`, error));
  // Where a keyring exists, a token kept plain is sealed with it before anything reads it.
  const tokenSealedAs = await sealPlainToken(secretStore, device).then(
    (sealed) => {
      if (!sealed) return null;
      deviceStore.set(sealed);
      return sealed.enrolment?.token.scheme ?? null;
    },
    (error: unknown) => {
      // Left plain, the token is refused (PlainSecretRefusedError) and sync says why.
      logError('sync: encrypting the plain sync token with the keyring', error);
      return null;
    },
  );
  const beforeMigrate = snapshotBeforeMigration({
    dataDir: options.dataDir,
    nowIso,
    device,
    appVersion: APP_VERSION,
  });
  // After a checkpoint the main file changed: a snapshot then keeps damage to it from losing anything.
  let lastCheckpointSnapshotAt = Number.NEGATIVE_INFINITY;
  const snapshotAfterCheckpoint = (database: AppDatabase): AppDatabase => {
    database.onCheckpoint(() => {
      // At most one every 5 minutes: checkpoints come in bursts while a backlog is written.
      const at = clock.monotonicMs();
      if (at - lastCheckpointSnapshotAt < 5 * 60_000) return;
      lastCheckpointSnapshotAt = at;
      if (database === slot.current()) {
        backup
          .snapshot('scheduled')
          .catch((error: unknown) => logError('backup: snapshot after a checkpoint', error));
      }
    });
    return database;
  };
  const open = async (path: string, settings: RemoteSettings) =>
    snapshotAfterCheckpoint(
      await openDatabase({
        path,
        nowIso,
        remote: settings,
        beforeMigrate,
        ...(options.transactionLimits ? { transactionLimits: options.transactionLimits } : {}),
      }),
    );
  // A damaged database is refused here, before anything writes to it (DatabaseDamagedError).
  const slot = new DatabaseSlot(
    await openAtStart({
      dataDir: options.dataDir,
      path: databasePath(options.dataDir),
      remote,
      nowIso,
      device,
      appVersion: APP_VERSION,
      secretStore,
      fetch: transport.fetch,
      newId: ids,
      ...(options.transactionLimits ? { transactionLimits: options.transactionLimits } : {}),
    }),
  );
  snapshotAfterCheckpoint(slot.current());
  const sessions = new SessionStore(() => clock.monotonicMs());
  const events = new EventHub();
  const dataAccess = dataAccessOf(slot);
  const uptime = new DeviceUptime({ db: dataAccess.db, clock, deviceId: device.deviceId });
  const env: ServiceEnv = {
    ...dataAccess,
    clock,
    ids,
    deviceId: device.deviceId,
    sessions,
    events,
    scrypt: options.scrypt ?? DEFAULT_SCRYPT,
    seededDemoHashes: new SeededDemoHashes(),
    appVersion: APP_VERSION,
    guesses: new GuessGuard({ db: dataAccess.db, clock, deviceId: device.deviceId }, uptime),
  };
  // Lockouts run on the app's uptime, which carries on from where the last run left it.
  if (!slot.current().schema.outdated) await uptime.load();
  // The organisation keys open before anything reads an answer key.
  const contentKeys = new ContentKeyStore(options.dataDir, secretStore, (message, error) =>
    logError(`sealing: ${message}`, error),
  );
  await contentKeys.load();
  /** The enrolment token in the clear, or null (not enrolled, or the secret store will not open it). */
  const enrolledToken = async (): Promise<string | null> => {
    const sealed = deviceStore.get().enrolment?.token;
    if (!sealed) return null;
    return secretStore.open(sealed).catch(() => null);
  };
  /** Takes the organisation key wrapped under a token and/or wraps the one held here under it; never fails a start or an enrolment. */
  const contentKeyWithToken = async (
    orgId: string,
    token: string,
    what: 'take' | 'wrap' | 'both',
    replacedToken: string | null = null,
  ): Promise<void> => {
    try {
      if (what !== 'wrap' && !(await takeKeyWithToken(env, contentKeys, orgId, token))) {
        logError(
          'sealing: no organisation key wrapped under this token yet',
          new Error(
            'It comes at the next start after a computer holding the key has synced with this token, or with an enrolment file.',
          ),
        );
      }
      if (what !== 'take') await wrapKeyForToken(env, orgId, token, replacedToken);
    } catch (error) {
      logError('sealing: the organisation key under the enrolment token', error);
    }
  };

  // This computer's audit signing key, made on its first start with signed chains.
  const auditKey = await loadOrCreateDeviceKey(options.dataDir, secretStore, nowIso()).catch(
    (error: unknown) => {
      logError('audit: opening this computer’s signing key', error);
      return null;
    },
  );
  if (auditKey?.keptPlain) {
    logError(
      'audit: the signing key',
      'The audit signing key was made without a keyring and is kept in audit-signing-key.json (mode 600). Delete that file to have a keyring-sealed key made at the next start.',
    );
  }
  const enrolmentSecret = async (): Promise<string | null> => {
    const sealed = device.enrolment?.token;
    if (!sealed) return null;
    return secretStore.open(sealed).catch(() => null);
  };
  const auditSigner = new AuditChainSigner({
    env,
    dataDir: options.dataDir,
    key: auditKey,
    enrolmentSecret,
    log: (message, error) => logError(`audit: ${message}`, error ?? message),
  });
  const signWhenCurrent = async (): Promise<void> => {
    if (slot.current().schema.outdated) return;
    await auditSigner
      .signNow()
      .catch((error: unknown) => logError('audit: signing the chain head', error));
  };

  const provisionedFile =
    options.machineConfigDir === undefined || options.machineConfigDir === null
      ? null
      : readProvisionedEnrolment(options.machineConfigDir);
  // A computer IT pre-set for enrolment joins its organisation instead of getting the demo.
  if (
    options.seedDemo &&
    provisionedFile === null &&
    !device.enrolment &&
    !(await hasAnyOrganisation(env))
  ) {
    await seedDemoOrganisation(env);
  }

  // Most fundamental first: an app too old for the data, a switched-off organisation, a lapse.
  const writeGuards = writeGuardsOf([
    {
      state: 'outdated',
      reason: async () =>
        slot.current().schema.outdated
          ? updateRequiredMessage(
              slot.current().schema.databaseVersion,
              slot.current().schema.appVersion,
            )
          : null,
    },
    inactiveOrganisation(env),
    { state: 'lapsed', reason: subscriptionLapse(env) },
  ]);

  const sync = new SyncService({
    dataDir: options.dataDir,
    env,
    slot,
    device: deviceStore,
    secretStore,
    transport,
    timings,
    scheduler,
    ...(options.random ? { random: options.random } : {}),
    ...(options.pushLimits ? { pushLimits: options.pushLimits } : {}),
    open,
    remote,
    refuseDemoPublish: options.production ?? false,
    endAllSessions: (reason) => {
      for (const session of sessions.all()) {
        sessions.delete(session.key);
        events.emit('session.ended', { reason }, session.key);
      }
    },
    log: (message, error) => logError(`sync: ${message}`, error ?? message),
    beforeEnrolmentChange: async () => {
      await backup.snapshot('pre-enrolment');
    },
    signingKeyChange: (orgId) => signingKeyChange(env, options.dataDir, orgId),
    auditChain: {
      // Everything a push carries is under a signed head; what a pull brought is witnessed.
      beforePush: signWhenCurrent,
      afterPull: async () => {
        if (slot.current().schema.outdated) return;
        await auditSigner
          .witnessAfterPull()
          .catch((error: unknown) => logError('audit: witnessing the pulled chain heads', error));
      },
    },
    receiveContentKey: (orgId, keyText) => receiveContentKey(env, contentKeys, orgId, keyText),
    contentKeyWithToken: (orgId, token, replacedToken) =>
      contentKeyWithToken(orgId, token, 'both', replacedToken),
  });
  const backup = new BackupService({
    dataDir: options.dataDir,
    env,
    slot,
    device: deviceStore,
    secretStore,
    scheduler,
    fetch: transport.fetch,
    open,
    remote,
    pauseSync: async () => {
      const wasRunning = sync.running;
      await sync.stop(false);
      return wasRunning;
    },
    resumeSync: () => sync.start(),
    endAllSessions: (reason) => {
      for (const session of sessions.all()) {
        sessions.delete(session.key);
        events.emit('session.ended', { reason }, session.key);
      }
    },
    log: (message, error) => logError(`backup: ${message}`, error ?? message),
  });
  runner = sync.runner;

  const router = new ApiRouter({
    sessions,
    revalidate: async (session) => {
      const row = await getSessionStanding(slot.current(), session.tenant);
      if (!row || row.active === 0 || row.clientId === null) return null;
      const role = roleSchema.safeParse(row.role);
      return role.success ? { clientId: row.clientId, profileId: row.id, role: role.data } : null;
    },
    // Which writes stay open in which read-only state is each method's own policy (openWhen).
    writeGuard: (tenant, method) => firstRefusal(writeGuards, tenant, method),
    logError,
    afterMutation: (method) => {
      sync.notifyMutation(apiContract[method].push ?? 'soon', method);
      // An answer save is signed over with the next push or mutation, so a save never waits on it.
      if (method !== 'exams.saveAnswer' && !slot.current().schema.outdated) auditSigner.request();
    },
    onIdleSignOut: (session) =>
      events.emit('session.ended', { reason: IDLE_SIGN_OUT_MESSAGE }, session.key),
    firstRunOpen: async () => !(await hasAnyOrganisation(env)),
  });
  const exam = createExamArea(env, {
    scheduler,
    logError,
  });
  const provisioning = new Provisioning({
    file: provisionedFile,
    sync: () => sync,
    needed: async () => !(await hasAnyOrganisation(env)),
    log: (message, error) => logError(`setup: ${message}`, error ?? message),
  });
  const setup = new SetupService({
    env,
    sync: () => sync,
    production: options.production ?? false,
    provisioning,
    readOnlyReason: (tenant) => firstRefusal(writeGuards, tenant, null),
  });
  const deps: HandlerDeps = {
    env,
    readOnlyReason: (tenant) => firstRefusal(writeGuards, tenant, null),
    appInfo: () =>
      readAppInfo({
        schema: slot.current().schema,
        enrolled: Boolean(device.enrolment),
        deviceId: device.deviceId,
        deviceName: device.name,
      }),
    sync: () => sync,
    exam,
    backup: () => backup,
    fileDialogs: options.fileDialogs ?? null,
    setup,
    audit: {
      dataDir: options.dataDir,
      ownPublicKey: () => auditKey?.publicKey ?? null,
      enrolmentSecret,
    },
  };
  for (const register of handlerModules) register(router, deps);
  const missing = router.unhandled();
  if (missing.length > 0) throw new Error(`API methods without a handler: ${missing.join(', ')}`);
  if (!slot.current().schema.outdated) {
    // An enrolled computer without the key takes it wrapped under its token, before one is made here.
    const token = await enrolledToken();
    const orgId = token === null ? null : await tenantOrganisationId(env.db());
    if (token !== null && orgId) await contentKeyWithToken(orgId, token, 'take');
    // Answer keys and hashes written before sealing are sealed once, before anyone signs in.
    await makeMissingContentKeys(env, device)
      .then(() => sealPlainAnswerKeys(env))
      .then(() => sealPlainHashes(env))
      .catch((error: unknown) => logError('sealing: sealing the answer keys kept plain', error));
    // Main holds the keys of the sealed tests here before anything reads their questions.
    await holdSealedTestKeys(env).catch((error: unknown) =>
      logError('sealing: opening the keys of the sealed tests', error),
    );
    // The key held here is left wrapped under the token, for computers enrolled with it later.
    if (token !== null && orgId) await contentKeyWithToken(orgId, token, 'wrap');
    // An import the app was closed or died in the middle of is cleaned away before anyone signs in.
    await cleanUnfinishedImports(env).catch((error: unknown) =>
      logError('imports: cleaning an unfinished import', error),
    );
    // Open attempts come back with their clocks (time up while the app was down submits them).
    await exam.runtime.start();
  }

  // A computer enrolled before rescue files existed registers its signing key once.
  if (device.enrolment && !slot.current().schema.outdated) {
    await registerSigningKey(env, options.dataDir).catch((error: unknown) =>
      logError('backup: registering the rescue signing key', error),
    );
  }
  if (tokenSealedAs !== null && !slot.current().schema.outdated) {
    await recordTokenSealed(env, tokenSealedAs).catch((error: unknown) =>
      logError('sync: recording the sealed sync token', error),
    );
  }
  // A computer enrolled before signed chains registers its key and signs its head here.
  await signWhenCurrent();
  const snapshotEveryMs =
    options.snapshotEveryMs === undefined ? SNAPSHOT_EVERY_MS : options.snapshotEveryMs;
  if (snapshotEveryMs !== null) backup.start(snapshotEveryMs);

  if (options.startSync ?? true) sync.start();
  const provisioned = provisioning.run().catch((error: unknown) => {
    logError('setup: pre-set enrolment', error);
  });

  let closed = false;
  return {
    dataDir: options.dataDir,
    get device() {
      return device;
    },
    get database() {
      return slot.current();
    },
    env,
    router,
    events,
    sessions,
    sync,
    writeGuards,
    exam,
    backup,
    setup,
    provisioned,
    auditChainIdle: () => auditSigner.idle(),
    contentKeys,
    async close() {
      if (closed) return;
      closed = true;
      await provisioned;
      backup.stop();
      await backup.idle();
      await exam.runtime.close();
      await auditSigner.idle();
      await signWhenCurrent();
      // The lockouts' clock goes on from here next time (a crash resumes from the last wrong try).
      if (!slot.current().schema.outdated) await uptime.save().catch(() => undefined);
      // The last answers saved go out if the network allows, within a short bound.
      await sync.stop(true);
      await slot.current().close();
      await contentKeys.close();
    },
  };
}
