import { randomInt } from 'node:crypto';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { setImportLive } from '@db/repositories/staged-imports';
import { emailTaken, insertPerson } from '@db/repositories/profiles';
import type { TenantContext } from '@db/tenant';
import { forbidden } from '@shared/api/result';
import { clippedMessage } from '@shared/interchange/limits';
import {
  readPeopleCsv,
  type PeopleImportReport,
  type PeopleRowReport,
} from '@shared/domain/people-import';
import { estimateRowBytes } from '@shared/sync/push-limits';
import { hashSecret } from '../auth/passwords';
import { sealStoredHash } from '../auth/sealed-hashes';
import { requireWithinLimit } from '../billing/entitlements';
import type { ServiceEnv } from '../service-env';
import { decodeText } from '../files/text-decoding';
import { readCsvTable } from '../files/csv-table';
import { stageThenGoLive } from '../imports/staging';

/** People named one by one in the import's audit row; a bigger import names the rest by its import id. */
const AUDITED_PEOPLE = 500;

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password for a person imported without one: 12 characters, no look-alikes. */
export function temporaryPassword(): string {
  let out = '';
  for (let i = 0; i < 12; i += 1) out += ALPHABET.charAt(randomInt(ALPHABET.length));
  return out;
}

/**
 * Creates people from a CSV file, all or none, with one report line per row
 * and one audit row. The people are written in bounded transactions, hidden
 * until one small final commit makes them live (see ../imports/staging.ts). Only admins may create staff; students count against the
 * plan's max_students.
 */
export async function importPeople(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { base64: string; dryRun: boolean; skipInvalid: boolean },
): Promise<PeopleImportReport> {
  const decoded = decodeText(new Uint8Array(Buffer.from(input.base64, 'base64')));
  if (!decoded.ok) {
    const p = decoded.problem;
    const refused: PeopleImportReport = {
      dryRun: input.dryRun,
      committed: false,
      rejection: p.message,
      counts: { total: 0, created: 0, creatable: 0, skipped: 0 },
      problems: [{ line: p.line ?? 1, column: p.column ?? 1, message: p.message }],
      rows: [],
    };
    if (input.dryRun) return refused;
    return mutate(env, tenant, () =>
      Promise.resolve({
        value: refused,
        audit: {
          action: 'people.import_rejected',
          resourceType: 'profile',
          resourceId: null,
          changes: { import: [null, { rejection: clippedMessage(p.message) }] },
        },
      }),
    );
  }
  const { rows, problems } = readPeopleCsv(readCsvTable(decoded.text));
  const report: PeopleRowReport[] = [];
  for (const row of rows) {
    let error = row.error;
    if (!error && row.role !== 'student' && tenant.role !== 'admin') {
      error = { field: 'role', message: 'only admins can create staff' };
    }
    if (!error && (await emailTaken(env.db(), row.email))) {
      error = { field: 'email', message: 'someone already uses this email' };
    }
    report.push({
      line: row.line,
      name: row.name,
      email: row.email,
      role: row.role,
      status: error ? 'skipped' : input.dryRun ? 'would_create' : 'created',
      reason: error ? `${error.field}: ${error.message}` : null,
      field: error?.field ?? null,
      temporaryPassword: null,
      personId: null,
    });
  }
  const good = report.filter((r) => r.status !== 'skipped');
  const skipped = report.length - good.length;
  let rejection: string | null = null;
  if (rows.length === 0)
    rejection = problems.map((p) => p.message).join('; ') || 'the file has no rows';
  else if (skipped > 0 && !input.skipInvalid)
    rejection = `${skipped} of ${rows.length} rows cannot be imported; fix them, or import the rest and skip these`;
  else if (good.length === 0) rejection = 'nothing to import';
  const students = good.filter((r) => r.role === 'student').length;
  if (!rejection) {
    try {
      await requireWithinLimit(env.db(), tenant, 'max_students', students);
    } catch (error) {
      rejection = error instanceof Error ? error.message : 'over the plan limit';
    }
  }
  const result = (committed: boolean): PeopleImportReport => ({
    dryRun: input.dryRun,
    committed,
    rejection,
    counts: {
      total: rows.length,
      created: committed ? good.length : 0,
      creatable: rejection ? 0 : good.length,
      skipped,
    },
    problems,
    rows: committed
      ? report
      : report.map((r) => (r.status === 'created' ? { ...r, status: 'would_create' } : r)),
  });
  if (input.dryRun) return result(false);
  if (rejection) {
    const refused = result(false);
    return mutate(env, tenant, () =>
      Promise.resolve({
        value: refused,
        audit: {
          action: 'people.import_rejected',
          resourceType: 'profile',
          resourceId: null,
          changes: {
            import: [null, { rejection: clippedMessage(rejection), total: rows.length, skipped }],
          },
        },
      }),
    );
  }

  // Hash first, outside the transaction: scrypt is slow on purpose.
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const hashes = new Map<string, string>();
  for (let i = 0; i < good.length; i += 4) {
    await Promise.all(
      good.slice(i, i + 4).map(async (r) => {
        const given = byEmail.get(r.email)?.password ?? null;
        const password = given ?? temporaryPassword();
        if (!given) r.temporaryPassword = password;
        hashes.set(r.email, await hashSecret(password, env.scrypt));
      }),
    );
  }
  const importId = env.ids();
  const nowIso = nowIsoOf(env);
  const people = good.map((r) => {
    const id = env.ids();
    const hash = hashes.get(r.email) ?? '';
    // Sealed under the organisation key for the row it goes into.
    const owner = {
      clientId: tenant.clientId,
      column: 'profiles.password_hash',
      rowId: id,
    } as const;
    return { report: r, id, passwordHash: hash === '' ? hash : sealStoredHash(owner, hash) };
  });
  // Written in bounded transactions under a staged import, made live (with the audit row) in one small commit.
  return stageThenGoLive(
    env,
    tenant,
    { id: importId, kind: 'people' },
    people,
    {
      weigh: (p) =>
        estimateRowBytes({
          id: p.id,
          name: p.report.name,
          email: p.report.email,
          passwordHash: p.passwordHash,
        }),
      write: async (tx, chunk, stagedAs) => {
        for (const { report: r, id, passwordHash } of chunk) {
          if (await emailTaken(tx.db, r.email))
            throw forbidden('people.takenDuringImport', { email: r.email });
          const person = await insertPerson(tx.db, tenant, {
            id,
            name: r.name,
            email: r.email,
            role: r.role ?? 'student',
            passwordHash,
            nowIso,
            importId: stagedAs,
          });
          r.personId = person.id;
        }
      },
    },
    () =>
      mutate(env, tenant, async (tx) => {
        await requireWithinLimit(tx, tenant, 'max_students', students);
        await setImportLive(tx, tenant, importId, nowIso);
        const value = result(true);
        const listed = good.slice(0, AUDITED_PEOPLE);
        return {
          value,
          audit: {
            action: 'people.import',
            resourceType: 'profile',
            resourceId: null,
            changes: {
              import: [
                null,
                {
                  created: value.counts.created,
                  skipped,
                  people: listed.map((r) => ({ id: r.personId, email: r.email, role: r.role })),
                  // The rest carry the import's id on their rows.
                  ...(good.length > listed.length && {
                    more: good.length - listed.length,
                    importId,
                  }),
                },
              ],
            },
          },
        };
      }),
  );
}
