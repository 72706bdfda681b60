import { createPublicKey, verify } from 'node:crypto';

/** Whether `signature` (base64) is an Ed25519 signature of `text` under `publicKey` (base64 SPKI DER). */
export function verifySignature(publicKey: string, text: string, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    // A key or signature that does not parse verifies nothing.
    return false;
  }
}
