/**
 * How much an import may read, whatever the file claims about itself. Sizes
 * are counted as bytes come out of the inflater, never taken from an archive's
 * headers, so a small zip that inflates to gigabytes stops at the cap.
 */
export interface ReadLimits {
  /** Inflated bytes of any one archive entry. */
  entryBytes: number;
  /** Inflated bytes of all the entries of one archive together. */
  totalBytes: number;
  /** Entries in one archive (folders included). */
  entries: number;
  /** Questions (or rows, or blocks) in one file. */
  items: number;
  /** How deep XML elements may nest. */
  xmlDepth: number;
}

export const READ_LIMITS: ReadLimits = {
  entryBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  entries: 20_000,
  // As many as the biggest plan holds: imports write in bounded transactions, so a file this size saves and pushes.
  items: 50_000,
  xmlDepth: 100,
};

const MB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The most of a reader's message an import report and its audit row quote: a hostile file's can be megabytes. */
export const MAX_QUOTED_MESSAGE_CHARS = 300;

/** A message cut to `MAX_QUOTED_MESSAGE_CHARS`, with an ellipsis where it was cut. */
export function clippedMessage(message: string): string {
  return message.length > MAX_QUOTED_MESSAGE_CHARS
    ? `${message.slice(0, MAX_QUOTED_MESSAGE_CHARS)}…`
    : message;
}
