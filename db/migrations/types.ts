/**
 * A migration is a list of additive steps. Older app versions sync against the
 * same data, so nothing is ever renamed or dropped, and every step can run twice.
 */
export type MigrationStep =
  | { kind: 'sql'; sql: string }
  | { kind: 'addColumn'; table: string; column: string; definition: string };

export interface Migration {
  version: number;
  name: string;
  steps: readonly MigrationStep[];
}

export const sqlStep = (sql: string): MigrationStep => ({ kind: 'sql', sql });

export const addColumn = (table: string, column: string, definition: string): MigrationStep => ({
  kind: 'addColumn',
  table,
  column,
  definition,
});
