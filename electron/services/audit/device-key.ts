import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, makePrivate } from '@db/backup/database-files';
import { sealedSecretSchema } from '../../app/device';
import { hasKeyring, type SecretStore } from '../sync/secret-store';

/**
 * This computer's audit signing key (Ed25519), made on its first start with
 * signed chains. The private half is sealed through the secret store: the
 * OS keyring (Electron safeStorage) in the desktop app; the browser preview,
 * scripts and tests use the documented plain fallback, which keeps it in this
 * file readable only by this user (mode 600) and says so
 * (`PLAIN_KEY_DESCRIPTION`). It is never written to the database, a log, an
 * error, an export or the renderer: only `sign` leaves this module.
 */
export const AUDIT_KEY_FILE = 'audit-signing-key.json';

export const PLAIN_KEY_DESCRIPTION =
  'No OS keyring is in use here (the browser preview, scripts and tests), so the audit signing key is kept unencrypted in audit-signing-key.json in the app data folder, readable only by this user account (file mode 600).';

const keyFileSchema = z.object({
  version: z.literal(1),
  publicKey: z.string().min(1),
  privateKey: sealedSecretSchema,
  createdAt: z.string(),
});

export interface DeviceSigningKey {
  /** Ed25519, base64 SPKI DER: what the registry holds. */
  readonly publicKey: string;
  /** Whether the key was made on this start (the device had none). */
  readonly created: boolean;
  /**
   * The key was made without a keyring (preview, scripts) and this process has one: it is kept
   * in the plain file. Deleting the file makes a keyring-sealed key at the next start (registered
   * as a new key in the device's own chain).
   */
  readonly keptPlain: boolean;
  /** A base64 signature of `text`. */
  sign(text: string): string;
}

const publicOf = (privateKey: KeyObject): string =>
  createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');

function writeKeyFile(dataDir: string, content: z.infer<typeof keyFileSchema>): void {
  ensurePrivateDir(dataDir);
  const path = join(dataDir, AUDIT_KEY_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(content, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
  makePrivate(path);
}

function signerOf(
  privateKey: KeyObject,
  publicKey: string,
  created: boolean,
  keptPlain: boolean,
): DeviceSigningKey {
  return {
    publicKey,
    created,
    keptPlain,
    sign: (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}

/** Why the key could not be opened, without a byte of it. */
export class AuditKeyUnreadableError extends Error {
  constructor() {
    super(
      "This computer's audit signing key cannot be opened (the keyring that sealed it refused, or the key file is damaged). Its audit chain is not signed until it can be.",
    );
    this.name = 'AuditKeyUnreadableError';
  }
}

/** Opens this computer's key, or makes one when it has none. */
export async function loadOrCreateDeviceKey(
  dataDir: string,
  store: SecretStore,
  nowIso: string,
): Promise<DeviceSigningKey> {
  const path = join(dataDir, AUDIT_KEY_FILE);
  if (existsSync(path)) {
    const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new AuditKeyUnreadableError();
    const file = parsed.data;
    let pem: string;
    // A key made by the preview or a script is plain even where a keyring exists: it is used as it
    // is (sealing it would not unwrite the plain copy from the disk's past); `keptPlain` says so.
    const keptPlain = file.privateKey.scheme === 'plain' && hasKeyring(store);
    try {
      pem = keptPlain ? file.privateKey.value : await store.open(file.privateKey);
    } catch {
      throw new AuditKeyUnreadableError();
    }
    const privateKey = createPrivateKey(pem);
    if (publicOf(privateKey) !== file.publicKey) throw new AuditKeyUnreadableError();
    return signerOf(privateKey, file.publicKey, false, keptPlain);
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = publicOf(privateKey);
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeKeyFile(dataDir, {
    version: 1,
    publicKey,
    privateKey: await store.seal(pem),
    createdAt: nowIso,
  });
  return signerOf(privateKey, publicKey, true, false);
}
