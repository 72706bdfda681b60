import type { MediaKind } from '../content/media-types';

/** A stored media file, as `media.upload` answers it. */
export interface MediaRecord {
  /** The SHA-256 of the bytes as stored, in lower-case hex. */
  hash: string;
  /** What rich text puts in an img or audio `src`. */
  src: string;
  mime: string;
  kind: MediaKind;
  size: number;
}

/** A media file's bytes for the renderer, which makes a blob: URL of them. */
export interface MediaFile {
  hash: string;
  mime: string;
  base64: string;
}
