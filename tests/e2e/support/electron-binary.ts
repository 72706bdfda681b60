import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron binary's path, or why it cannot be used here. */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = require('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: 'the electron package has no binary' };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      missing: `the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1?): ${reason ?? ''}`,
    };
  }
}
