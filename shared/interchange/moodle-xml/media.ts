/**
 * Files a Moodle XML text carries inline (`<file name="x.png" encoding="base64">`,
 * referred to as `@@PLUGINFILE@@/x.png`). This module stays free of Node: the
 * caller (the import's reader thread) checks, sanitises and stores the bytes
 * and says what `src` the bank refers to them by.
 */
export interface EmbeddedFile {
  name: string;
  base64: string;
}

export type MediaResolution =
  { ok: true; src: string; kind: 'image' | 'audio' } | { ok: false; reason: string };

export type ResolveMedia = (file: EmbeddedFile) => MediaResolution;

/** A resolver for readers that are not given one: every embedded file is reported, none kept. */
export const refuseMedia: ResolveMedia = () => ({
  ok: false,
  reason: 'embedded files are not read here',
});

export const PLUGINFILE = '@@PLUGINFILE@@/';
