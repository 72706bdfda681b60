import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The key the device registry is MAC'd with: derived (HKDF-SHA256) from the
 * organisation's enrolment secret, which every enrolled computer holds sealed
 * in its keyring and which is never written to the database. Someone with a
 * copy of a database (local or the server's) can therefore not enrol a key of
 * their own, and a swapped key fails its MAC. The salt is the organisation's
 * id, so the same secret used by two organisations gives two keys.
 */
export function registryKey(enrolmentSecret: string, clientId: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', enrolmentSecret, clientId, 'exam-desk device key registry v1', 32),
  );
}

export const registryMac = (key: Buffer, text: string): string =>
  createHmac('sha256', key).update(text, 'utf8').digest('base64');

export function registryMacMatches(key: Buffer, text: string, mac: string | null): boolean {
  if (mac === null) return false;
  const expected = Buffer.from(registryMac(key, text), 'base64');
  const given = Buffer.from(mac, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
