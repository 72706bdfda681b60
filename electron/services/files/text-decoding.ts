import { positionOf } from '@shared/interchange/positions';
import type { FileProblem } from '@shared/interchange/types';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: FileProblem };

/**
 * Reads a file's bytes as text: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
 * Anything else is refused with the line and column of the first bad byte, since
 * guessing an encoding silently garbles accented text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = start ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (text.includes('\u0000')) {
      const at = positionOf(text, text.indexOf('\u0000'));
      return {
        ok: false,
        problem: { ...at, message: 'the file is binary, not text (it contains NUL bytes)' },
      };
    }
    return { ok: true, text };
  } catch {
    const bad = firstInvalidUtf8(body);
    const good = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const at = positionOf(good, good.length);
    return {
      ok: false,
      problem: {
        ...at,
        message: `the file is not UTF-8 text (byte ${bad + 1} is not valid UTF-8); save it as UTF-8 and try again`,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
