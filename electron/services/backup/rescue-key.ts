import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir, makePrivate } from '@db/backup/database-files';

/**
 * Each computer signs its rescue files with its own Ed25519 key, made on
 * first use and kept in the data folder (`rescue-signing-key.pem`, owner
 * only). Its public half is registered in the organisation's audit trail
 * (`device.signingKey`, hash-chained and synced like every audit row), so a
 * computer importing a rescue file checks both that the file is unchanged
 * and that it was signed with the key this device registered.
 */
export const SIGNING_KEY_FILE = 'rescue-signing-key.pem';

export interface SigningKey {
  privateKey: KeyObject;
  /** The public key as base64 SPKI DER, the form registered and written into files. */
  publicKey: string;
}

function publicOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
}

export function readSigningKey(dataDir: string): SigningKey | null {
  const path = join(dataDir, SIGNING_KEY_FILE);
  if (!existsSync(path)) return null;
  const privateKey = createPrivateKey(readFileSync(path, 'utf8'));
  return { privateKey, publicKey: publicOf(privateKey) };
}

export function loadOrCreateSigningKey(dataDir: string): SigningKey {
  const existing = readSigningKey(dataDir);
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ed25519');
  ensurePrivateDir(dataDir);
  const path = join(dataDir, SIGNING_KEY_FILE);
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  makePrivate(path);
  return { privateKey, publicKey: publicOf(privateKey) };
}

export function signText(key: SigningKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

export function verifyText(publicKey: string, text: string, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
