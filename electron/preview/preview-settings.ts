/** Where the preview listens and the token its link carries; random unless the environment fixes them. */
export interface PreviewAddress {
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

/** A preview setting that cannot be used; the message names the variable. */
export class PreviewSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviewSettingError';
  }
}

const MIN_TOKEN = 16;
const MAX_TOKEN = 256;
/** The link is printed and opened as it is, so the token must need no escaping in a URL. */
const URL_SAFE = /^[A-Za-z0-9_-]+$/;

/**
 * EXAM_PREVIEW_PORT and EXAM_PREVIEW_TOKEN give the preview a stable address
 * (a bookmark keeps working across restarts). Each is checked on its own; the
 * token's value is never echoed, since it is the preview's only secret.
 */
export function previewAddressFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): PreviewAddress {
  const rawPort = env.EXAM_PREVIEW_PORT?.trim() ?? '';
  let port = 0;
  if (rawPort !== '') {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port < 1 || port > 65_535) {
      throw new PreviewSettingError(
        `EXAM_PREVIEW_PORT must be a whole number from 1 to 65535, not "${rawPort}".`,
      );
    }
  }
  const token = env.EXAM_PREVIEW_TOKEN ?? '';
  if (token === '') return { port };
  if (token.length < MIN_TOKEN || token.length > MAX_TOKEN || !URL_SAFE.test(token)) {
    throw new PreviewSettingError(
      `EXAM_PREVIEW_TOKEN must be ${String(MIN_TOKEN)} to ${String(MAX_TOKEN)} letters, digits, "-" or "_" ` +
        `(the one set has ${String(token.length)} characters${URL_SAFE.test(token) ? '' : ', some of them other than those'}).`,
    );
  }
  return { port, token };
}

/** Why the preview could not listen, in words that name the setting to change. */
export function listenFailure(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    return `port ${String(port)} on 127.0.0.1 is already in use (another preview running?): stop that, or set EXAM_PREVIEW_PORT to another port.`;
  }
  if (code === 'EACCES') {
    return `port ${String(port)} needs more rights than this account has: set EXAM_PREVIEW_PORT to a port above 1023.`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * EXAM_PRODUCTION=1 runs the preview with the installed app's rules (no demo
 * seeded, first-run setup on an empty data folder, a demo never published),
 * so the first-run screens can be tried and tested in a browser.
 * EXAM_MACHINE_CONFIG_DIR then stands in for the machine-wide folder
 * (`/etc/exam-desk` and its kin) the pre-set enrolment is read from. Only the
 * preview reads these; the desktop app decides by `app.isPackaged`.
 */
export interface PreviewMode {
  production: boolean;
  machineConfigDir: string | null;
}

export function previewModeFromEnv(env: Readonly<Record<string, string | undefined>>): PreviewMode {
  const raw = env.EXAM_PRODUCTION?.trim() ?? '';
  if (raw !== '' && raw !== '1' && raw !== '0') {
    throw new PreviewSettingError(
      `EXAM_PRODUCTION must be 1 (production mode) or 0, not "${raw}".`,
    );
  }
  const production = raw === '1';
  const dir = env.EXAM_MACHINE_CONFIG_DIR?.trim() ?? '';
  if (dir !== '' && !production) {
    throw new PreviewSettingError(
      'EXAM_MACHINE_CONFIG_DIR is only read in production mode: set EXAM_PRODUCTION=1 as well.',
    );
  }
  return { production, machineConfigDir: dir === '' ? null : dir };
}
