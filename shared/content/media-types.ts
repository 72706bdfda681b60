import type { ServiceSaid } from '../api/service-words';
/**
 * The media a question may carry, told apart by their first bytes (never by
 * a file name), with the size each kind may have and how stored media are
 * cut into rows.
 */
export type MediaKind = 'image' | 'audio';

export interface MediaType {
  mime: string;
  kind: MediaKind;
  /** What a person calls it, for messages. */
  label: string;
}

const MB = 1024 * 1024;

/** The largest file of each kind: a diagram or photo, a listening clip. */
export const mediaSizeLimits: Readonly<Record<MediaKind, number>> = {
  image: 5 * MB,
  audio: 20 * MB,
};

/**
 * Stored media are rows of at most this many bytes: a push carries whole
 * transactions, and a row change travels as about 1.4 times its bytes, so
 * small rows keep every push request small.
 */
export const MEDIA_CHUNK_BYTES = 16 * 1024;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

const PNG: MediaType = { mime: 'image/png', kind: 'image', label: 'PNG image' };
const JPEG: MediaType = { mime: 'image/jpeg', kind: 'image', label: 'JPEG image' };
const GIF: MediaType = { mime: 'image/gif', kind: 'image', label: 'GIF image' };
const WEBP: MediaType = { mime: 'image/webp', kind: 'image', label: 'WebP image' };
export const SVG: MediaType = { mime: 'image/svg+xml', kind: 'image', label: 'SVG image' };
const MP3: MediaType = { mime: 'audio/mpeg', kind: 'audio', label: 'MP3 audio' };
const OGG: MediaType = { mime: 'audio/ogg', kind: 'audio', label: 'Ogg audio' };
const WAV: MediaType = { mime: 'audio/wav', kind: 'audio', label: 'WAV audio' };
const M4A: MediaType = { mime: 'audio/mp4', kind: 'audio', label: 'M4A audio' };

/** An MPEG audio frame header: 11 sync bits, then layer III. */
const isMp3Frame = (b: Uint8Array) =>
  b.length >= 2 && b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0 && ((b[1] ?? 0) & 0x06) === 0x02;

/** Whether the text opens with an `<svg` element (after an XML declaration, comments or a doctype). */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const slice = bytes.subarray(start, start + 4096);
  if (slice.includes(0)) return false;
  // The markup that matters is ASCII; other bytes (UTF-8 text in comments) read as '?'.
  const head = String.fromCharCode(...Array.from(slice, (b) => (b < 0x80 ? b : 0x3f)));
  const rest = head
    .replace(/^\s*<\?xml[^>]*\?>/i, '')
    .replace(/^(\s*(<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/i, '')
    .trimStart();
  return /^<svg[\s>/]/i.test(rest);
}

/** The type of a file from its first bytes; null for anything else. */
export function detectMediaType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return GIF;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WAVE'), 8)) return WAV;
  if (startsWith(bytes, ascii('OggS'))) return OGG;
  if (startsWith(bytes, ascii('ID3')) || isMp3Frame(bytes)) return MP3;
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    (startsWith(bytes, ascii('M4A '), 8) || startsWith(bytes, ascii('M4B '), 8))
  ) {
    return M4A;
  }
  if (looksLikeSvg(bytes)) return SVG;
  return null;
}

/** The accepted types, in words, for the message that refuses any other. */
export const acceptedMediaWords =
  'PNG, JPEG, GIF, WebP or SVG images, or MP3, Ogg, WAV or M4A audio';

/** A size in MB, to a tenth. */
export const mbTenths = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

const mbWords = (bytes: number) => `${mbTenths(bytes)} MB`;

/** Why a file of this type and size is refused, or null when it fits. */
export function mediaSizeRefusal(type: MediaType, size: number): string | null {
  const limit = mediaSizeLimits[type.kind];
  if (size === 0) return 'the file is empty';
  return size > limit
    ? `the ${type.label} is ${mbWords(size)}; ${type.kind === 'image' ? 'an image' : 'an audio clip'} may be at most ${mbWords(limit)}`
    : null;
}

/**
 * The same refusal for a named file, as an id and its values for a screen to
 * say in its own language (the English is `“name”: ` and the sentence above).
 */
export function mediaSizeSaid(type: MediaType, size: number, name: string): ServiceSaid | null {
  if (size === 0) return { id: 'media.empty', values: { name } };
  const limit = mediaSizeLimits[type.kind];
  if (size <= limit) return null;
  const format = type.label.slice(0, type.label.length - type.kind.length - 1);
  return {
    id: 'media.tooBig',
    values: { name, format, kind: type.kind, size: mbTenths(size), limit: mbTenths(limit) },
  };
}

export { mbWords };

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/mp4': 'm4a',
};

/** The file name ending a file of this type is written with when an export names it. */
export const mediaFileExtension = (mime: string): string => EXTENSIONS[mime] ?? 'bin';
