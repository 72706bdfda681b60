/** SQLite keeps booleans as 0/1 and JSON as text; these convert at the row boundary. */
export const toBool = (v: number | null | undefined, fallback = false): boolean =>
  v === null || v === undefined ? fallback : v !== 0;

export const fromBool = (v: boolean): number => (v ? 1 : 0);

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export const toJson = (v: unknown): string | null =>
  v === null || v === undefined ? null : JSON.stringify(v);
