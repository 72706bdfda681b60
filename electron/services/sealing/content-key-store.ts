import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CONTENT_KEY_BYTES,
  onContentKeyMade,
  releaseContentKey,
  useContentKey,
} from '@db/sealing/content-keys';
import { sealedSecretSchema, type SealedSecret } from '../../app/device';
import { hasKeyring, type SecretStore } from '../sync/secret-store';

const FILE = 'content-keys.json';
const FORMAT = 'exam-desk-content-keys';

export const PLAIN_KEYS_DESCRIPTION =
  'No OS keyring is in use here (the browser preview, scripts and tests run without one), so the organisation keys in this file are not encrypted: it is readable only by this user account (file mode 600). The desktop app on a system with a keyring keeps them encrypted by it.';
export const KEYRING_KEYS_DESCRIPTION =
  'The organisation keys are encrypted with this computer’s keyring (Electron safeStorage); they cannot be read on another computer or by another user.';

const keyFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  storage: z.string(),
  keys: z.record(z.string(), sealedSecretSchema),
});

const keyTextSchema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'is not an organisation key (44 characters of base64)');

/** An organisation key as text, for an enrolment file; base64 of its 32 bytes. */
export const contentKeyText = (key: Buffer): string => key.toString('base64');

/** Reads an organisation key given as text, naming what is wrong with it. */
export function contentKeyFromText(text: string): Buffer {
  const parsed = keyTextSchema.safeParse(text.trim());
  if (!parsed.success) throw new Error('organisation key: is not an organisation key');
  const key = Buffer.from(parsed.data, 'base64');
  if (key.length !== CONTENT_KEY_BYTES) throw new Error('organisation key: is not 32 bytes');
  return key;
}

/**
 * The organisation content keys of this computer, kept in `content-keys.json`
 * next to device.json (never in the synced database), each sealed by the
 * secret store: the OS keyring in the desktop app, the documented plain
 * fallback in the preview and tests (the file says which).
 */
export class ContentKeyStore {
  private readonly sealed = new Map<string, SealedSecret>();
  private readonly plain = new Map<string, Buffer>();
  /** Keys the file holds plain where a keyring exists (see load). */
  private readonly keptPlain = new Set<string>();
  private writing: Promise<void> = Promise.resolve();
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly secrets: SecretStore,
    private readonly log: (message: string, error: unknown) => void,
  ) {}

  /** Opens every key in the file and makes it known to the repositories; keeps each key made from now on. */
  async load(): Promise<void> {
    const path = join(this.dataDir, FILE);
    if (existsSync(path)) {
      const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success)
        throw new Error(`${FILE} is not an organisation key file this app can read`);
      for (const [tenant, sealed] of Object.entries(parsed.data.keys)) {
        // A key kept plain (by the preview, a script, or before this computer had a keyring) is
        // used rather than refused, so it never stops the start; it is sealed just below.
        const keptPlain = hasKeyring(this.secrets) && sealed.scheme === 'plain';
        const key = contentKeyFromText(keptPlain ? sealed.value : await this.secrets.open(sealed));
        if (keptPlain) this.keptPlain.add(tenant);
        this.sealed.set(tenant, sealed);
        this.plain.set(tenant, key);
        useContentKey(tenant, key);
      }
      if (this.keptPlain.size > 0) await this.sealKeptPlain();
    }
    this.stopListening = onContentKeyMade((tenant, key) => this.keep(tenant, key));
  }

  /**
   * Encrypts with the keyring, at start, the keys the file held plain although
   * this computer has one, and writes the file again. A keyring that refuses
   * leaves them as they were (logged): the start goes on, and the next key
   * kept tries again.
   */
  private async sealKeptPlain(): Promise<void> {
    const count = this.keptPlain.size;
    try {
      const sealedNow = new Map<string, SealedSecret>();
      for (const tenant of this.keptPlain) {
        const key = this.plain.get(tenant);
        if (key) sealedNow.set(tenant, await this.secrets.seal(contentKeyText(key)));
      }
      for (const [tenant, sealed] of sealedNow) this.sealed.set(tenant, sealed);
      this.keptPlain.clear();
      this.writeFile();
    } catch (error) {
      this.log(
        'reading the organisation keys',
        new Error(
          `${FILE} holds ${count} organisation key(s) unencrypted although this computer has a keyring, and the keyring did not encrypt them (${error instanceof Error ? error.message : String(error)}); they are tried again the next time a key is kept`,
        ),
      );
    }
  }

  /** The key of an organisation, for its enrolment file; null when this computer holds none. */
  keyOf(tenant: string): Buffer | null {
    return this.plain.get(tenant) ?? null;
  }

  /** Keeps a key (made here, or received with an enrolment) and makes it known to the repositories. */
  keep(tenant: string, key: Buffer): void {
    if (this.plain.get(tenant)?.equals(key)) return;
    if (!this.plain.has(tenant)) useContentKey(tenant, key);
    else throw new Error('This computer already holds another key for this organisation');
    this.plain.set(tenant, Buffer.from(key));
    this.writing = this.writing
      .then(async () => {
        this.sealed.set(tenant, await this.secrets.seal(contentKeyText(key)));
        for (const kept of [...this.keptPlain]) {
          const keptKey = this.plain.get(kept);
          if (keptKey) this.sealed.set(kept, await this.secrets.seal(contentKeyText(keptKey)));
          this.keptPlain.delete(kept);
        }
        this.writeFile();
      })
      .catch((error: unknown) => this.log('keeping the organisation key', error));
  }

  /** Settles when every key kept so far is in the file. */
  flushed(): Promise<void> {
    return this.writing;
  }

  /** Writes what is pending and takes this computer's keys out of memory. */
  async close(): Promise<void> {
    this.stopListening?.();
    await this.writing;
    for (const tenant of this.plain.keys()) releaseContentKey(tenant);
    this.plain.clear();
  }

  private writeFile(): void {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const path = join(this.dataDir, FILE);
    const tmp = `${path}.${process.pid}.tmp`;
    const body = {
      format: FORMAT,
      version: 1,
      storage: hasKeyring(this.secrets) ? KEYRING_KEYS_DESCRIPTION : PLAIN_KEYS_DESCRIPTION,
      keys: Object.fromEntries(this.sealed),
    };
    writeFileSync(tmp, JSON.stringify(body, null, 2), { mode: 0o600 });
    renameSync(tmp, path);
  }
}
