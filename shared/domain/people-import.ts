import { z } from 'zod';
import { unquoteFormula, type CsvTable } from '../interchange/csv-text';
import { roleSchema, type Role } from './roles';

/** The people CSV header. `name` and `email` are required; `role` defaults to student; an empty password gets a generated one. */
export const PEOPLE_CSV_COLUMNS = ['name', 'email', 'role', 'password'] as const;

export interface PeopleRowReport {
  line: number;
  name: string;
  email: string;
  role: Role | null;
  status: 'created' | 'would_create' | 'skipped';
  reason: string | null;
  field: string | null;
  /** Shown once, when the row had no password and one was made for it. */
  temporaryPassword: string | null;
  personId: string | null;
}

export interface PeopleImportReport {
  dryRun: boolean;
  committed: boolean;
  rejection: string | null;
  counts: { total: number; created: number; creatable: number; skipped: number };
  problems: Array<{ line: number; column: number; message: string }>;
  rows: PeopleRowReport[];
}

export interface PeopleRow {
  line: number;
  name: string;
  email: string;
  role: Role | null;
  password: string | null;
  error: { field: string; message: string } | null;
}

const emailSchema = z.email();

/**
 * Checks the people CSV, row by row, from a table split by main's CSV reader.
 * Email uniqueness is checked against the database by the service.
 */
export function readPeopleCsv(table: CsvTable): {
  rows: PeopleRow[];
  problems: PeopleImportReport['problems'];
} {
  if (!table.ok) {
    return {
      rows: [],
      problems: [{ line: table.line, column: table.column, message: `CSV: ${table.message}` }],
    };
  }
  const [headerRow, ...body] = table.rows;
  const header = headerRow?.fields;
  if (!header)
    return { rows: [], problems: [{ line: 1, column: 1, message: 'the file is empty' }] };
  const index = new Map<string, number>();
  const problems: PeopleImportReport['problems'] = [];
  header.forEach((cell, i) => {
    const name = cell.value.trim().toLowerCase();
    if ((PEOPLE_CSV_COLUMNS as readonly string[]).includes(name)) index.set(name, i);
    else if (name !== '')
      problems.push({
        line: cell.line,
        column: cell.column,
        message: `the column "${cell.value.trim()}" is not used`,
      });
  });
  if (!index.has('name') || !index.has('email')) {
    problems.push({
      line: 1,
      column: 1,
      message: `the header needs "name" and "email" columns (expected: ${PEOPLE_CSV_COLUMNS.join(',')})`,
    });
    return { rows: [], problems };
  }
  const seen = new Set<string>();
  const rows = body.map(({ fields: cells }): PeopleRow => {
    const get = (c: string) => {
      const i = index.get(c);
      return i === undefined ? '' : unquoteFormula((cells[i]?.value ?? '').trim());
    };
    const line = cells[0]?.line ?? 0;
    const name = get('name');
    const email = get('email').toLowerCase();
    const roleText = get('role').toLowerCase() || 'student';
    const role = roleSchema.safeParse(roleText);
    const password = get('password');
    const base = {
      line,
      name,
      email,
      role: role.success ? role.data : null,
      password: password || null,
    };
    const fail = (field: string, message: string): PeopleRow => ({
      ...base,
      error: { field, message },
    });
    if (name === '') return fail('name', 'a name is required');
    if (name.length > 200) return fail('name', 'use at most 200 characters');
    if (!emailSchema.safeParse(email).success)
      return fail('email', `"${email}" is not a valid email address`);
    if (seen.has(email)) return fail('email', 'this email appears earlier in the file');
    seen.add(email);
    if (!role.success)
      return fail('role', `"${roleText}" is not a role (use admin, author, proctor or student)`);
    if (password !== '' && password.length < 8)
      return fail('password', 'use at least 8 characters');
    if (password.length > 200) return fail('password', 'use at most 200 characters');
    return { ...base, error: null };
  });
  return { rows, problems };
}
