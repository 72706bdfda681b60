import type { SealedSecret } from '../../app/device';
import type { SecretStorageInfo } from '@shared/domain/sync';
import { PLAIN_TOKEN_REFUSED_WORDS } from '@shared/sync/errors';

/**
 * Keeps the enrolment token. The desktop app seals it with Electron's
 * safeStorage through `keyringSecretStore` (electron/main/safe-storage.ts);
 * plain Node (the browser preview, scripts, tests) and machines without an OS
 * keyring use the file-backed fallback below.
 */
export interface SecretStore {
  readonly info: SecretStorageInfo;
  seal(plain: string): Promise<SealedSecret>;
  /** Rejects when the secret was sealed by a store this process cannot open, or is plain where a keyring exists. */
  open(sealed: SealedSecret): Promise<string>;
}

/** An OS keyring that encrypts strings for this user on this computer (Electron safeStorage). */
export interface Keyring {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
}

export const PLAIN_STORAGE_DESCRIPTION =
  'No OS keyring is in use here (the browser preview, scripts and tests run without one, and so does a computer whose system offers none), so the sync token is kept unencrypted in device.json in the app data folder, readable only by this user account (file mode 600). Protect the account, or use the desktop app on a system with a keyring: it refuses a token kept this way and encrypts it with the keyring at its next start.';

/** Why a plain token is not used where a keyring exists; `sealPlainToken` seals it at start. */
export class PlainSecretRefusedError extends Error {
  constructor() {
    super(PLAIN_TOKEN_REFUSED_WORDS);
    this.name = 'PlainSecretRefusedError';
  }
}

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

export const KEYRING_STORAGE_DESCRIPTION =
  'The sync token is encrypted with this computer’s keyring (Electron safeStorage) and stored in device.json; it cannot be read on another computer or by another user.';

/** Tokens sealed by an OS keyring. A plain one is refused: it is sealed again at start instead. */
export function keyringSecretStore(keyring: Keyring): SecretStore {
  return {
    info: { scheme: 'os-encrypted', description: KEYRING_STORAGE_DESCRIPTION },
    seal: async (plain) => ({
      scheme: 'safeStorage',
      value: (await keyring.encrypt(plain)).toString('base64'),
    }),
    async open(sealed) {
      if (sealed.scheme === 'plain') throw new PlainSecretRefusedError();
      return keyring.decrypt(Buffer.from(sealed.value, 'base64'));
    },
  };
}

export const hasKeyring = (store: SecretStore): boolean => store.info.scheme === 'os-encrypted';
