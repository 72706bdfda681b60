import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ENROLMENT_FILE_BYTES } from '@shared/sync/enrolment';
import { PRODUCT_NAME } from './data-dir';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The machine-wide configuration folder a centre's IT fills when it deploys
 * the app: writable by administrators only, readable by every account, and
 * outside any user's data folder, so one image serves a whole lab.
 */
export function machineConfigDir(platform: NodeJS.Platform, env: Environment): string {
  switch (platform) {
    case 'win32':
      return join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', PRODUCT_NAME);
    case 'darwin':
      return join('/Library/Application Support', PRODUCT_NAME);
    default:
      return '/etc/exam-desk';
  }
}

/** The pre-set enrolment: the same file an admin exports for a room of computers. */
export const PROVISIONED_ENROLMENT_FILE = 'enrolment.json';

export type ProvisionedFile =
  { path: string; text: string } | { path: string; error: string } | null;

/** The pre-set enrolment file's text, why it cannot be read, or null when there is none. */
export function readProvisionedEnrolment(dir: string): ProvisionedFile {
  const path = join(dir, PROVISIONED_ENROLMENT_FILE);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { path, error: `it could not be read (${(error as Error).message})` };
  }
  if (size > MAX_ENROLMENT_FILE_BYTES)
    return { path, error: 'it is too large to be an enrolment file' };
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { path, error: `it could not be read (${(error as Error).message})` };
  }
}
