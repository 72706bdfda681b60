import { demoOrganisationAccounts, type DemoAccountRow } from '@db/repositories/demo-organisation';
import type { DemoAccount, DemoSignIns } from '@shared/api/contract/auth';
import { demoPassword, demoPeople } from '../../app/demo-seed';
import type { ServiceEnv } from '../service-env';
import { verifySealedSecret } from './sealed-hashes';

/**
 * The login screen's hint on the demo organisation: its seeded logins that
 * still work as seeded (same person, same role, active, password unchanged).
 * Any other organisation gets null, so nothing about its people is told.
 */
export function demoAccountsReader(
  env: Pick<ServiceEnv, 'db' | 'seededDemoHashes'>,
): () => Promise<DemoSignIns | null> {
  // A password check costs a scrypt run; each stored hash is checked once, and a reset hash anew.
  const checked = new Map<string, { hash: string; matches: boolean }>();
  const stillDemoPassword = async (row: DemoAccountRow): Promise<boolean> => {
    const hash = row.passwordHash;
    if (hash === null || row.clientId === null) return false;
    if (env.seededDemoHashes?.knows(hash)) return true;
    const known = checked.get(row.email);
    if (known?.hash === hash) return known.matches;
    const owner = {
      clientId: row.clientId,
      column: 'profiles.password_hash',
      rowId: row.id,
    } as const;
    const matches = await verifySealedSecret(owner, demoPassword, hash);
    checked.set(row.email, { hash, matches });
    return matches;
  };

  return async () => {
    const rows = await demoOrganisationAccounts(
      env.db(),
      demoPeople.map((p) => p.email),
    );
    const organisation = rows[0]?.organisation;
    if (organisation === undefined) return null;
    // The checks run side by side (on the thread pool): each takes a full scrypt run.
    const checks = await Promise.all(
      demoPeople.map(async (person) => {
        const row = rows.find((r) => r.email === person.email && r.role === person.role);
        return row && (await stillDemoPassword(row))
          ? { name: row.name, email: row.email, role: person.role }
          : null;
      }),
    );
    const accounts: DemoAccount[] = checks.filter((a): a is DemoAccount => a !== null);
    return accounts.length === 0 ? null : { organisation, password: demoPassword, accounts };
  };
}
