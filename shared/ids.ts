import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';

/** Ids are UUIDv7 strings made on the device, so rows from different devices never collide. */
export type IdFactory = () => string;

export const newId: IdFactory = () => uuidv7();

/** A factory that yields ordered, reproducible UUIDv7 ids (tests, demo data). */
export function sequentialIds(startMs = Date.UTC(2026, 0, 1), seed = 1): IdFactory {
  let n = 0;
  return () => {
    n += 1;
    const random = new Uint8Array(16);
    let x = (seed * 2654435761 + n * 40503) >>> 0;
    for (let i = 0; i < 16; i += 1) {
      x = (x * 1103515245 + 12345) >>> 0;
      random[i] = x & 0xff;
    }
    return uuidv7({ msecs: startMs + n, seq: n, random });
  };
}

export const idSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID');
