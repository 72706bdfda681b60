import { safeStorage } from 'electron';
import { plainSecretStore, type SecretStore } from '../services/sync/secret-store';

/**
 * The sync token sealed by the operating system (Keychain on macOS, DPAPI on
 * Windows, libsecret or KWallet on Linux). Where no keyring is usable, or
 * Linux falls back to its fixed-key "basic_text" backend, the app uses the
 * documented plain fallback and says so in the enrolment screen. Call after
 * the app is ready.
 */
export async function safeStorageSecretStore(): Promise<SecretStore> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const linuxBasic =
    process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!available || linuxBasic) return plainSecretStore;
  return {
    info: {
      scheme: 'os-encrypted',
      description:
        'The sync token is encrypted with this computer’s keyring (Electron safeStorage) and stored in device.json; it cannot be read on another computer or by another user.',
    },
    seal: async (plain) => ({
      scheme: 'safeStorage',
      value: (await safeStorage.encryptStringAsync(plain)).toString('base64'),
    }),
    open: async (sealed) =>
      sealed.scheme === 'plain'
        ? sealed.value
        : (await safeStorage.decryptStringAsync(Buffer.from(sealed.value, 'base64'))).result,
  };
}
