import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { demoOrganisationIds } from '@db/repositories/demo-organisation';
import { tenantOrganisationId } from '@db/repositories/devices';
import { getOrganisation } from '@db/repositories/organisations';
import { ServerDatabaseError } from '@db/server/errors';
import type { ServerTenant } from '@db/server/tenant';
import type { TenantContext } from '@db/tenant';
import { ApiError, conflict, invalid, refusal } from '@shared/api/result';
import { settleWithin } from '@shared/scheduler';
import { diffObjects } from '@shared/audit/diff';
import type { EnrolmentResult, ServerCheck, UnsyncedExport } from '@shared/domain/sync';
import { parseEnrolmentFile, type DeviceRole, type EnrolmentInput } from '@shared/sync/enrolment';
import type { DeviceEnrolment } from '../../app/device';
import { requireDeviceSlot } from './device-slot';
import { readRemoteTenant } from './server-check';
import type { SyncService } from './sync-service';

type Mode = EnrolmentResult['mode'];

/** How long un-enrolling tries to send unsent changes before asking for an export. */
const UNENROL_PUSH_MS = 10_000;

async function probe(service: SyncService, url: string, token: string): Promise<ServerTenant> {
  try {
    return await readRemoteTenant({ url, token, fetch: service.deps.transport.fetch });
  } catch (error) {
    if (error instanceof ServerDatabaseError) throw error.toApiError();
    throw invalid('url', 'sync.notSyncServer', { url });
  }
}

/**
 * What enrolling into this database would do. A database file that has
 * exchanged data with one tenant never publishes into another.
 */
function modeFor(service: SyncService, url: string, remote: ServerTenant): Mode {
  const syncedWith = service.deps.device.get().syncedWith;
  if (syncedWith === url) return 'resume';
  if (syncedWith !== undefined) return 'join';
  return remote.organisations.length > 0 ? 'join' : 'publish';
}

export async function checkServer(
  service: SyncService,
  input: { url: string; token: string },
): Promise<ServerCheck> {
  const remote = await probe(service, input.url, input.token);
  const mode = modeFor(service, input.url, remote);
  return {
    url: input.url,
    organisations: remote.organisations,
    schemaVersion: remote.schemaVersion,
    mode: mode === 'join' ? 'join' : 'publish',
    updateRequired: remote.schemaVersion > service.deps.slot.current().schema.appVersion,
  };
}

/** The files that make up a sync database: the file itself and everything named after it. */
function databaseFiles(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f === name || f.startsWith(`${name}-`))
    .map((f) => join(dir, f));
}

/**
 * Moves a closed database by copying and then deleting: the engine keeps
 * state per open file within a process, so a file renamed into place reopens
 * as the old file and fails; a copy is a new file.
 */
function moveDatabase(fromPath: string, toPath: string): void {
  mkdirSync(dirname(toPath), { recursive: true });
  const files = databaseFiles(fromPath);
  for (const file of files) {
    copyFileSync(
      file,
      join(dirname(toPath), basename(toPath) + basename(file).slice(basename(fromPath).length)),
    );
  }
  for (const file of files) unlinkSync(file);
}

function stamp(iso: string): string {
  return iso.replace(/[:.]/g, '-');
}

/**
 * Enrols this computer. `publish` and `resume` keep the same database file
 * and switch sync on through the deferred URL. `join` downloads the
 * organisation's database beside the current one, and only when that worked
 * moves this computer's data to `archive/` and opens the downloaded copy;
 * any failure leaves the local data as it was.
 */
export async function enrol(
  service: SyncService,
  /** The admin enrolling, or null in first-run setup (a computer with no organisation yet). */
  tenant: TenantContext | null,
  input: EnrolmentInput,
): Promise<EnrolmentResult> {
  const { deps } = service;
  const device = deps.device.get();
  if (device.enrolment && device.enrolment.url !== input.url) {
    throw conflict('sync.enrolledElsewhere', { url: device.enrolment.url });
  }
  const remote = await probe(service, input.url, input.token);
  if (
    remote.schemaVersion > deps.slot.current().schema.appVersion &&
    remote.organisations.length > 0
  ) {
    // Joining is still allowed: the device syncs and reads, and refuses to write until updated.
    deps.log(
      `enrolling into a tenant on schema ${remote.schemaVersion}; this app knows ${deps.slot.current().schema.appVersion}`,
    );
  }
  const mode = device.enrolment ? 'resume' : modeFor(service, input.url, remote);
  if (mode === 'publish') await requirePublishable(service, tenant, input.url);
  if (mode === 'join') {
    const inProgress = await import('@db/repositories/sync-local').then((m) =>
      m.examRunningOn(deps.env.db(), deps.env.deviceId),
    );
    if (inProgress) {
      throw conflict('sync.examRunning');
    }
  }
  // A joining computer is counted against the downloaded organisation database instead.
  if (mode !== 'join') await requireDeviceSlot(deps.env.db(), deps.env.deviceId);
  const nowIso = nowIsoOf(deps.env);
  const previousEnrolment = device.enrolment;
  const previousName = device.name;
  const enrolment: DeviceEnrolment = {
    url: input.url,
    token: await deps.secretStore.seal(input.token),
    deviceRole: input.deviceRole ?? device.enrolment?.deviceRole ?? 'exam',
    enrolledAt: device.enrolment?.enrolledAt ?? nowIso,
    organisation: remote.organisations[0] ?? null,
  };

  await deps.beforeEnrolmentChange?.();
  const wasRunning = service.running;
  await service.stop(false);
  let archivedTo: string | null = null;
  try {
    if (mode === 'join') {
      archivedTo = await joinTenant(
        service,
        input.url,
        input.token,
        enrolment,
        input.deviceName,
        nowIso,
      );
    } else {
      if (mode === 'publish' && tenant) {
        enrolment.organisation = (await getOrganisation(deps.env.db(), tenant)).name;
      }
      deps.device.set({ ...deps.device.get(), name: input.deviceName, enrolment });
    }
  } catch (error) {
    if (wasRunning) service.start();
    throw error;
  }

  const orgId = await tenantOrganisationId(deps.env.db());
  if (orgId) {
    // The organisation key an enrolment file brings; one that does not open the organisation's keys is refused.
    if (input.organisationKey) await deps.receiveContentKey?.(orgId, input.organisationKey);
    // Enrolled by URL and token, the key comes wrapped under the token, and is wrapped under it for the next computer.
    const previousToken = previousEnrolment
      ? await deps.secretStore.open(previousEnrolment.token).catch(() => null)
      : null;
    await deps.contentKeyWithToken?.(orgId, input.token, previousToken);
  }
  if (orgId) {
    const actor = mode === 'join' || !tenant ? { clientId: orgId, profileId: null } : tenant;
    const signingKey = (await deps.signingKeyChange?.(orgId)) ?? null;
    await mutate(deps.env, actor, async (tx) => {
      const { reportDevice } = await import('./device-report');
      await reportDevice(
        tx,
        deps.env,
        deps.device.get(),
        deps.slot.current().schema.databaseVersion,
        {
          lastPushAt: null,
          lastPullAt: mode === 'join' ? nowIso : null,
          pendingChanges: 0,
          lastError: null,
          enrolledAt: enrolment.enrolledAt,
          unenrolledAt: null,
        },
      );
      return {
        value: null,
        audit: {
          action: mode === 'resume' ? 'device.reenrol' : 'device.enrol',
          resourceType: 'device',
          resourceId: deps.env.deviceId,
          // A diff, like every audit row: what the device's enrolment was, and is now.
          changes: {
            ...diffObjects(
              previousEnrolment
                ? {
                    url: previousEnrolment.url,
                    name: previousName,
                    role: previousEnrolment.deviceRole,
                  }
                : null,
              { url: input.url, name: input.deviceName, role: enrolment.deviceRole, mode },
            ),
            // The organisation learns the key this computer signs its rescue files with.
            ...(signingKey ? { signingKey } : {}),
          },
        },
      };
    });
  }
  if (wasRunning) {
    service.start();
    if (mode !== 'join') service.runner.requestPush('enrolled', 'now');
  }
  return {
    mode,
    organisation: enrolment.organisation,
    archivedTo,
    signInAgain: mode === 'join',
  };
}

/**
 * Publishing makes this computer's organisation the content of an empty
 * server. Refused with nothing to publish (first-run setup), and for the demo
 * organisation in the installed app: its passwords are published in the
 * README, so it must never become an organisation's real data.
 */
async function requirePublishable(
  service: SyncService,
  tenant: TenantContext | null,
  url: string,
): Promise<void> {
  if (!tenant) {
    throw conflict('sync.emptyNoOrganisation', { url });
  }
  if (!service.deps.refuseDemoPublish) return;
  const demoIds = await demoOrganisationIds(service.deps.env.db());
  if (demoIds.includes(tenant.clientId)) {
    throw conflict('sync.emptyDemo', { url });
  }
}

async function joinTenant(
  service: SyncService,
  url: string,
  token: string,
  enrolment: DeviceEnrolment,
  deviceName: string,
  nowIso: string,
): Promise<string> {
  const { deps } = service;
  const livePath = deps.slot.current().path;
  const staging = join(deps.dataDir, 'enrol-staging', basename(livePath));
  rmSync(dirname(staging), { recursive: true, force: true });
  try {
    const downloaded = await deps.open(staging, {
      ...deps.remote,
      url: () => url,
      authToken: async () => token,
    });
    try {
      await requireDeviceSlot(downloaded.db, deps.env.deviceId);
    } finally {
      await downloaded.close();
    }
  } catch (error) {
    rmSync(dirname(staging), { recursive: true, force: true });
    if (error instanceof ApiError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw refusal('VALIDATION', 'sync.downloadFailed', { detail: message }, 'url');
  }
  const archiveDir = join(deps.dataDir, 'archive', stamp(nowIso));
  const previous = deps.slot.current();
  const previousDevice = deps.device.get();
  await previous.close();
  moveDatabase(livePath, join(archiveDir, basename(livePath)));
  moveDatabase(staging, livePath);
  rmSync(dirname(staging), { recursive: true, force: true });
  deps.device.set({ ...previousDevice, name: deviceName, enrolment, syncedWith: url });
  try {
    const reopened = await deps.open(livePath, deps.remote);
    deps.slot.replace(reopened);
  } catch (error) {
    // Put everything back as it was: the previous data and the previous settings.
    moveDatabase(livePath, join(deps.dataDir, 'enrol-failed', stamp(nowIso), basename(livePath)));
    moveDatabase(join(archiveDir, basename(livePath)), livePath);
    deps.device.set(previousDevice);
    const restored = await deps.open(livePath, deps.remote);
    deps.slot.replace(restored);
    throw error;
  }
  deps.endAllSessions('This computer joined its organisation database. Please sign in again.');
  return archiveDir;
}

export async function enrolFromFile(
  service: SyncService,
  tenant: TenantContext | null,
  input: { fileText: string; deviceName: string; deviceRole?: DeviceRole | undefined },
): Promise<EnrolmentResult> {
  const parsed = parseEnrolmentFile(input.fileText);
  if (!parsed.ok) throw new ApiError('VALIDATION', parsed.message, parsed.field);
  return enrol(service, tenant, {
    url: parsed.value.url,
    token: parsed.value.token,
    deviceName: input.deviceName,
    ...((input.deviceRole ?? parsed.value.deviceRole)
      ? { deviceRole: input.deviceRole ?? parsed.value.deviceRole }
      : {}),
    ...(parsed.value.organisationKey ? { organisationKey: parsed.value.organisationKey } : {}),
  });
}

/** Writes the unsent changes (each changed row as it is now) to `exports/` in the data folder. */
export async function exportUnsynced(service: SyncService): Promise<UnsyncedExport> {
  const { deps } = service;
  const rows = await service.engine.pendingChangeRows();
  const exportedAt = nowIsoOf(deps.env);
  const device = deps.device.get();
  const dir = join(deps.dataDir, 'exports');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `unsynced-${stamp(exportedAt)}.json`);
  writeFileSync(
    path,
    JSON.stringify(
      {
        format: 'exam-desk-unsynced-changes',
        version: 1,
        deviceId: device.deviceId,
        deviceName: device.name,
        syncUrl: device.enrolment?.url ?? null,
        exportedAt,
        changes: rows,
      },
      (_k, v: unknown) =>
        typeof v === 'bigint'
          ? v.toString()
          : v instanceof Uint8Array
            ? Buffer.from(v).toString('base64')
            : v,
      2,
    ),
    { mode: 0o600 },
  );
  deps.device.set({
    ...device,
    lastExport: { at: exportedAt, path, changeMark: await service.engine.changeLogMark() },
  });
  return { path, changes: rows.length, exportedAt };
}

/**
 * Un-enrols: refused while changes are unsent, unless they were exported and
 * nothing changed since. The device record says so on the server if it can
 * still be reached; the database stays (read and used locally) and stays bound
 * to its tenant.
 */
export async function unenrol(
  service: SyncService,
  tenant: TenantContext,
): Promise<{ unenrolledAt: string }> {
  const { deps } = service;
  const device = deps.device.get();
  if (!device.enrolment) throw conflict('sync.notEnrolled');
  await deps.beforeEnrolmentChange?.();
  const { engine } = service;
  let { pending } = await engine.localState();
  const exportIsCurrent = async (): Promise<boolean> => {
    const mark = await engine.changeLogMark();
    return device.lastExport !== undefined && mark >= 0 && device.lastExport.changeMark === mark;
  };
  if (pending > 0 && !(await exportIsCurrent())) {
    // Try to send them first, briefly: most un-enrolments happen with the network up.
    await settleWithin(deps.scheduler, service.runner.syncNow('un-enrol'), UNENROL_PUSH_MS);
    ({ pending } = await engine.localState());
  }
  if (pending > 0) {
    if (!(await exportIsCurrent())) {
      throw conflict('sync.unsent', { count: pending });
    }
  }
  const unenrolledAt = nowIsoOf(deps.env);
  await mutate(deps.env, tenant, async (tx) => {
    const { reportDevice } = await import('./device-report');
    await reportDevice(tx, deps.env, device, deps.slot.current().schema.databaseVersion, {
      lastPushAt: unenrolledAt,
      lastPullAt: service.runner.current().lastPullAt,
      pendingChanges: 0,
      lastError: null,
      unenrolledAt,
    });
    return {
      value: null,
      audit: {
        action: 'device.unenrol',
        resourceType: 'device',
        resourceId: device.deviceId,
        changes: {
          url: [device.enrolment?.url ?? null, null],
          unenrolledAt: [null, unenrolledAt],
          ...(pending > 0 ? { unsentExported: [0, pending] } : {}),
        },
      },
    };
  });
  // Tell the server, briefly; un-enrolling never waits on a dead network.
  const wasRunning = service.running;
  if (wasRunning) await service.stop(true);
  else await service.runner.syncNow('un-enrol').catch(() => undefined);
  const { enrolment: _dropped, ...rest } = deps.device.get();
  deps.device.set(rest);
  if (wasRunning) service.start();
  return { unenrolledAt };
}
