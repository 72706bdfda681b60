import type { Value } from '@libsql/client/http';

/** A name or other text column as a string; NULL, a missing column or a blob read as ''. */
export function textOf(value: Value | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return '';
}
