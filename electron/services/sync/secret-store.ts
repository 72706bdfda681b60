import type { SealedSecret } from '../../app/device';
import type { SecretStorageInfo } from '@shared/domain/sync';

/**
 * Keeps the enrolment token. The desktop app seals it with Electron's
 * safeStorage (electron/main/safe-storage.ts); plain Node (the browser preview,
 * scripts, tests) and machines without an OS keyring use the fallback below.
 */
export interface SecretStore {
  readonly info: SecretStorageInfo;
  seal(plain: string): Promise<SealedSecret>;
  /** Rejects when the secret was sealed by a store this process cannot open. */
  open(sealed: SealedSecret): Promise<string>;
}

export const PLAIN_STORAGE_DESCRIPTION =
  'This computer has no OS keyring available to the app, so the sync token is kept unencrypted in device.json in the app data folder, readable only by this user account (file mode 600). Protect the account, or use the desktop app on a system with a keyring.';

/** The documented fallback: the token in device.json, readable only by the user who runs the app. */
export const plainSecretStore: SecretStore = {
  info: { scheme: 'file-plain', description: PLAIN_STORAGE_DESCRIPTION },
  seal: async (plain) => ({ scheme: 'plain', value: plain }),
  async open(sealed) {
    if (sealed.scheme !== 'plain') {
      throw new Error(
        'The sync token was encrypted by the desktop app and cannot be read here. Start the desktop app, or enrol this computer again.',
      );
    }
    return sealed.value;
  },
};
