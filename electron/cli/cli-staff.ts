import { resolveDataDir } from '../app/data-dir';
import { readPassword } from './read-password';
import { signInStaff, type StaffSession } from './staff-session';

/** How the import and export scripts say who runs them; printed with --help. */
export const WHO_RUNS_IT = `Runs as a named admin or author of the organisation on this computer's database
(EXAM_DATA_DIR, or the app's data folder): --as EMAIL or EXAM_USER names them, and
EXAM_PASSWORD holds their password (or it is asked for at a terminal). Close the
app first: the script opens the same database.`;

/** Exit codes shared by the scripts: 0 done, 1 nothing could be done with the file, 2 could not start. */
export const EXIT = { done: 0, nothing: 1, cannotStart: 2 } as const;

/** Signs the named person in, or prints why not. */
export async function staffFromEnvironment(as: string | undefined): Promise<StaffSession | null> {
  const email = as ?? process.env.EXAM_USER;
  if (email === undefined || email.trim() === '') {
    console.error('Who is running this? Pass --as EMAIL or set EXAM_USER.');
    return null;
  }
  const password = await readPassword(`Password for ${email}: `);
  if (password === null) {
    console.error(
      `No password for ${email}: set EXAM_PASSWORD, or run this at a terminal to type it.`,
    );
    return null;
  }
  const signedIn = await signInStaff(resolveDataDir(), email.trim(), password);
  if (!signedIn.ok) {
    console.error(signedIn.message);
    return null;
  }
  return signedIn.session;
}
