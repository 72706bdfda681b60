import { safeStorage } from 'electron';
import {
  keyringSecretStore,
  plainSecretStore,
  type SecretStore,
} from '../services/sync/secret-store';

/**
 * The sync token sealed by the operating system (Keychain on macOS, DPAPI on
 * Windows, libsecret or KWallet on Linux). Where no keyring is usable, or
 * Linux falls back to its fixed-key "basic_text" backend, the app uses the
 * documented plain fallback and says so in the enrolment screen. Where a
 * keyring is usable, a token found plain is refused and sealed with it at
 * start (electron/services/sync/token-sealing.ts). Call after the app is ready.
 */
export async function safeStorageSecretStore(): Promise<SecretStore> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const linuxBasic =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!available || linuxBasic) return plainSecretStore;
  return keyringSecretStore({
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result,
  });
}
