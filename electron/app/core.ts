import { openDatabase, type AppDatabase, type RemoteSettings } from '../../db/open';
import { getOrganisation } from '../../db/repositories/organisations';
import { getSessionProfile } from '../../db/repositories/profiles';
import type { TenantContext } from '../../db/tenant';
import type { MethodName } from '../../shared/api/contract';
import { newId, type IdFactory } from '../../shared/ids';
import { roleSchema } from '../../shared/domain/roles';
import type { Clock } from '../../shared/time';
import { EventHub } from '../api/events';
import { handlerModules } from '../api/handlers/index';
import type { HandlerDeps } from '../api/handlers/handler-deps';
import { ApiRouter } from '../api/router';
import { SessionStore } from '../api/sessions';
import { DEFAULT_SCRYPT, type ScryptParams } from '../services/auth/passwords';
import { subscriptionWriteGuard } from '../services/billing/billing-service';
import { createExamArea, type ExamArea } from '../services/delivery/exam-area';
import type { Scheduler } from '../services/delivery/scheduler';
import type { ServiceEnv } from '../services/service-env';
import { databasePath } from './data-dir';
import { hasAnyOrganisation, seedDemoOrganisation } from './demo-seed';
import { loadOrCreateDevice, type DeviceFile } from './device';
import { systemClock } from './system-clock';

/** Writes inside a running attempt; see the write guard below. */
const IN_EXAM_WRITES: ReadonlySet<MethodName> = new Set<MethodName>([
  'exams.resume',
  'exams.saveAnswer',
  'exams.submit',
  'exams.reportIntegrity',
  'exams.unlockQuit',
]);

export const APP_VERSION = '0.1.0';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  ids?: IdFactory;
  scrypt?: ScryptParams;
  /** Seed the demo organisation when the database has none (first start on an unenrolled device). */
  seedDemo?: boolean;
  remote?: RemoteSettings;
  logError?: (method: string, error: unknown) => void;
  /** Drives the exam clocks; tests pass one they step by hand. */
  scheduler?: Scheduler;
}

/**
 * A reason a tenant may not write, checked before every mutating call.
 * Returning null lets the call through. Areas add their own (subscription, schema).
 */
export type WriteGuard = (
  tenant: TenantContext,
  method: MethodName | null,
) => Promise<string | null>;

export interface Core {
  dataDir: string;
  device: DeviceFile;
  database: AppDatabase;
  env: ServiceEnv;
  router: ApiRouter;
  events: EventHub;
  sessions: SessionStore;
  writeGuards: WriteGuard[];
  /** Exam clocks, delivery and the proctor console. */
  exam: ExamArea;
  close(): Promise<void>;
}

/**
 * Builds the main-process services on one database: used by the Electron main
 * process, the browser preview host, the db scripts and the tests alike.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? newId;
  const nowIso = () => new Date(clock.nowMs()).toISOString();
  const device = loadOrCreateDevice(options.dataDir, ids, nowIso());
  const database = await openDatabase({
    path: databasePath(options.dataDir),
    nowIso,
    ...(options.remote === undefined ? {} : { remote: options.remote }),
  });
  const sessions = new SessionStore();
  const events = new EventHub();
  const env: ServiceEnv = {
    db: database.db,
    clock,
    ids,
    deviceId: device.deviceId,
    sessions,
    events,
    scrypt: options.scrypt ?? DEFAULT_SCRYPT,
    appVersion: APP_VERSION,
  };

  if (options.seedDemo && !(await hasAnyOrganisation(env))) {
    await seedDemoOrganisation(env);
  }

  const writeGuards: WriteGuard[] = [
    async () =>
      database.schema.outdated
        ? `This computer's data is from a newer version of the app (schema ${database.schema.databaseVersion}). Please update the app before making changes.`
        : null,
    async (tenant, method) => {
      if (method === 'auth.signOut' || method === 'organisation.setActive') return null;
      const org = await getOrganisation(env.db, tenant);
      return org.active
        ? null
        : 'Your organisation is inactive: you can sign in and read, but not change anything.';
    },
    subscriptionWriteGuard(env),
  ];
  const readOnlyReason = async (
    tenant: TenantContext,
    method: MethodName | null = null,
  ): Promise<string | null> => {
    for (const guard of writeGuards) {
      const reason = await guard(tenant, method);
      if (reason) return reason;
    }
    return null;
  };

  const logError =
    options.logError ?? ((method, error) => console.error(`[api] ${method} failed`, error));
  const router = new ApiRouter({
    sessions,
    revalidate: async (session) => {
      const row = await getSessionProfile(env.db, session.tenant);
      if (!row || row.active === 0 || row.clientId === null) return null;
      const role = roleSchema.safeParse(row.role);
      return role.success ? { clientId: row.clientId, profileId: row.id, role: role.data } : null;
    },
    // Ending a session is never refused, just as starting one (public) is not guarded:
    // a read-only device must still let people sign out. An exam already in progress
    // is never stopped by a read-only state either (a lapsed subscription must not
    // lose a student's answers); starting a new attempt is guarded.
    writeGuard: (tenant, method) =>
      method === 'auth.signOut' || IN_EXAM_WRITES.has(method)
        ? Promise.resolve(null)
        : readOnlyReason(tenant, method),
    logError,
  });
  const exam = createExamArea(env, {
    client: database.client,
    scheduler: options.scheduler,
    logError,
  });
  const deps: HandlerDeps = {
    env,
    readOnlyReason: (tenant) => readOnlyReason(tenant, null),
    appInfo: () => ({
      name: 'Exam Desk',
      version: APP_VERSION,
      schemaVersion: database.schema.databaseVersion,
      syncMode: 'local-only',
      updateRequired: database.schema.outdated,
      deviceId: device.deviceId,
      deviceName: device.name,
    }),
    exam,
  };
  for (const register of handlerModules) register(router, deps);
  const missing = router.unhandled();
  if (missing.length > 0) throw new Error(`API methods without a handler: ${missing.join(', ')}`);
  // Open attempts come back with their clocks (time up while the app was down submits them).
  if (!database.schema.outdated) await exam.runtime.start();

  return {
    dataDir: options.dataDir,
    device,
    database,
    env,
    router,
    events,
    sessions,
    writeGuards,
    exam,
    close: async () => {
      await exam.runtime.close();
      await database.close();
    },
  };
}
