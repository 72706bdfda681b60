import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from '@main/services/sync/secret-store';

/**
 * A keyring for tests in Node, where Electron's safeStorage does not exist: it
 * really encrypts (AES-256-GCM under a key held only in this process), so
 * what lands in device.json is ciphertext, as with the OS keyring. It notes each
 * text it was given to encrypt, so a test can tell which secret was sealed how
 * often (the token, an organisation key and the audit signing key all go through it).
 */
export function testKeyring(): Keyring & { encryptedTexts: string[] } {
  const key = randomBytes(32);
  const keyring = {
    encryptedTexts: [] as string[],
    encrypt: async (plain: string) => {
      keyring.encryptedTexts.push(plain);
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]);
    },
    decrypt: async (sealed: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
  return keyring;
}

/** A keyring that is there but refuses to encrypt (locked, or its service not answering). */
export function refusingKeyring(): Keyring {
  return {
    encrypt: () => Promise.reject(new Error('The keyring is locked')),
    decrypt: () => Promise.reject(new Error('The keyring is locked')),
  };
}
