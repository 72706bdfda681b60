import { randomBytes } from 'node:crypto';
import { ApiError, refusal } from '@shared/api/result';
import { releaseTestKeysOf } from './test-content';

/**
 * The organisation content keys this process holds, by tenant (organisation
 * id). Main fills it at start from the keyring-sealed key file
 * (electron/services/sealing/content-key-store.ts); the repositories read it
 * when they seal or open a column. A key is never written to the database,
 * a log or an error.
 */
const keys = new Map<string, Buffer>();
/** How many key stores hold each key; a key leaves memory when the last one closes. */
const holders = new Map<string, number>();
type KeyListener = (tenant: string, key: Buffer) => void;
const listeners = new Set<KeyListener>();

export const CONTENT_KEY_BYTES = 32;

export class MissingContentKeyError extends ApiError {
  constructor() {
    const said = refusal('CONFLICT', 'sealed.noOrganisationKey', {});
    super('CONFLICT', said.message, undefined, said.ref);
    this.name = 'MissingContentKeyError';
  }
}

/** Makes a key known to this process (read from the key file, or received with an enrolment). */
export function useContentKey(tenant: string, key: Buffer): void {
  if (key.length !== CONTENT_KEY_BYTES) throw new Error('An organisation key is 32 bytes');
  keys.set(tenant, Buffer.from(key));
  holders.set(tenant, (holders.get(tenant) ?? 0) + 1);
}

/** A key store closing lets go of a key; the last one to let go takes it out of memory. */
export function releaseContentKey(tenant: string): void {
  const left = (holders.get(tenant) ?? 0) - 1;
  if (left > 0) {
    holders.set(tenant, left);
    return;
  }
  holders.delete(tenant);
  keys.get(tenant)?.fill(0);
  keys.delete(tenant);
  releaseTestKeysOf(tenant);
}

export function hasContentKey(tenant: string): boolean {
  return keys.has(tenant);
}

/** The key of an organisation, or null when this computer does not hold it. */
export function contentKeyOf(tenant: string): Buffer | null {
  return keys.get(tenant) ?? null;
}

/** The key to seal with; a computer without it refuses to write a sealed column. */
export function contentKeyForWriting(tenant: string): Buffer {
  const known = keys.get(tenant);
  if (!known) throw new MissingContentKeyError();
  return known;
}

/**
 * Makes the key of an organisation created here (or one made before sealing
 * existed, on a computer allowed to make it): random, and kept by every
 * listener (the key file). A key already held is kept as it is.
 */
export function makeContentKey(tenant: string): void {
  if (keys.has(tenant)) return;
  const made = randomBytes(CONTENT_KEY_BYTES);
  keys.set(tenant, made);
  for (const listener of listeners) listener(tenant, made);
}

/** Called with every key this process makes; returns the function that stops it. */
export function onContentKeyMade(listener: KeyListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
