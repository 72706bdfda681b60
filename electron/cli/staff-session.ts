import { existsSync } from 'node:fs';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import type { SessionInfo } from '@shared/domain/organisation';
import { AUTHORING_ROLES, type Role } from '@shared/domain/roles';
import type { Caller } from '../api/router';
import { createCore, type Core } from '../app/core';
import { databasePath } from '../app/data-dir';

/** A command line run's way in: the same router, contract, role checks and audit as a window. */
export interface StaffSession {
  info: SessionInfo;
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<ApiResult<MethodOutput<K>>>;
  close(): Promise<void>;
}

export type StaffSignIn = { ok: true; session: StaffSession } | { ok: false; message: string };

/**
 * Signs a named person in to the local database, as the login screen does:
 * their email and password, checked by `auth.signIn` (wrong tries count
 * towards the same lockout, and the sign-in is audited). Every call then goes
 * through the router with the person's session, so the contract checks the
 * role and the tenant, and each change is audited under the person's name.
 * Only admins and authors get past here, since only they work on the bank.
 */
export async function signInStaff(
  dataDir: string,
  email: string,
  password: string,
): Promise<StaffSignIn> {
  if (!existsSync(databasePath(dataDir))) {
    return {
      ok: false,
      message: `there is no database at ${databasePath(dataDir)}; start the app once (or run npm run db:seed), or set EXAM_DATA_DIR`,
    };
  }
  let core: Core;
  try {
    // No sync from a script: the app pushes what the script saved the next time it syncs.
    core = await createCore({ dataDir, seedDemo: false, startSync: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: /lock/i.test(message)
        ? `the database ${databasePath(dataDir)} is open in another program (is Exam Desk running?); close it and try again`
        : `the database ${databasePath(dataDir)} could not be opened: ${message}`,
    };
  }
  const caller: Caller = { sessionKey: `cli-${process.pid}`, transport: 'cli', ipAddress: null };
  const call = <K extends MethodName>(method: K, input: MethodInput<K>) =>
    core.router.dispatch(method, input, caller) as Promise<ApiResult<MethodOutput<K>>>;
  const close = async () => {
    await call('auth.signOut', {});
    await core.close();
  };
  const signedIn = await call('auth.signIn', { email, password });
  if (!signedIn.ok) {
    await core.close();
    return { ok: false, message: `signing in as ${email} failed: ${signedIn.error.message}` };
  }
  const role: Role = signedIn.value.person.role;
  if (!(AUTHORING_ROLES as readonly Role[]).includes(role)) {
    await close();
    return {
      ok: false,
      message: `${email} is a ${role}; importing and exporting questions needs an admin or an author`,
    };
  }
  return { ok: true, session: { info: signedIn.value, call, close } };
}
