import { createHash } from 'node:crypto';
import type { MediaHasher } from '@shared/interchange/types';

const base64Text = /^[A-Za-z0-9+/]*={0,2}$/;

/** What the readers need to turn files carried in an import into media: SHA-256 and base64, from Node. */
export const mediaHost: MediaHasher = {
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  base64: (text) => {
    if (text.length % 4 === 1 || !base64Text.test(text)) return null;
    const buffer = Buffer.from(text, 'base64');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
};
