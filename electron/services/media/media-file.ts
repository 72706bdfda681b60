import { createHash } from 'node:crypto';
import { invalid, refusalOf } from '@shared/api/result';
import {
  detectMediaType,
  MEDIA_CHUNK_BYTES,
  mediaSizeSaid,
  SVG,
  type MediaType,
} from '@shared/content/media-types';
import { sanitiseSvg } from './svg-sanitiser';

/** A file ready to store: its type from its bytes, SVG sanitised, hashed, cut into chunks. */
export interface PreparedMedia {
  type: MediaType;
  bytes: Buffer;
  sha256: string;
  chunks: Array<{ seq: number; data: Buffer }>;
}

/**
 * Checks and readies an uploaded file. Refusals name the field: a type this
 * app does not take, an SVG with nothing drawable left once sanitised, a file
 * over its kind's size limit.
 */
export function prepareMedia(name: string, raw: Buffer, field = 'data'): PreparedMedia {
  const detected = detectMediaType(raw);
  if (!detected) {
    throw invalid(field, 'media.notAccepted', { name });
  }
  let bytes = raw;
  if (detected === SVG) {
    const clean = sanitiseSvg(raw.toString('utf8'));
    if (clean === null) {
      throw invalid(field, 'media.svgEmpty', { name });
    }
    bytes = Buffer.from(clean, 'utf8');
  }
  const tooBig = mediaSizeSaid(detected, bytes.length, name);
  if (tooBig) throw refusalOf('VALIDATION', tooBig, field);
  const chunks: PreparedMedia['chunks'] = [];
  for (let at = 0, seq = 0; at < bytes.length; at += MEDIA_CHUNK_BYTES, seq += 1) {
    chunks.push({ seq, data: bytes.subarray(at, at + MEDIA_CHUNK_BYTES) });
  }
  return {
    type: detected,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    chunks,
  };
}
