import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqlLiteralsIn, typeScriptFiles } from '../../helpers/sql-literals';

const root = resolve(import.meta.dirname, '../../..');
/** db/ holds the SQL; tests read and arrange the database directly to prove what the code wrote. */
const allowed = new Set(['db', 'tests']);

const where = (found: Array<{ file: string; line: number; text: string }>): string[] =>
  found.map((f) => `${f.file}:${f.line} ${f.text}`);

describe('all SQL lives in db/', () => {
  it('finds no SQL statement in a string anywhere outside db/ and tests/', () => {
    const files = typeScriptFiles(root, allowed);
    expect(files.length).toBeGreaterThan(100);
    expect(where(files.flatMap((file) => sqlLiteralsIn(file, root)))).toEqual([]);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'sql-scan-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('names the file and line of each statement in a bad file, and lets prose and comments be', () => {
    const bad = join(scratch, 'bad-service.ts');
    writeFileSync(
      bad,
      [
        "const a = 'SELECT id FROM tests WHERE client_id = ?';",
        'const b = `select count(*) from ${table} where id = ?`;',
        'const c = "INSERT INTO audit_logs (id) VALUES (?)";',
        "const d = 'update tests set status = ?';",
        "const e = 'DELETE FROM attempts WHERE id = ?';",
        "const f = 'PRAGMA busy_timeout = 5000';",
        'const g = `CREATE TABLE IF NOT EXISTS t (id TEXT)`;',
        "const h = 'Select one answer from the list.';",
        "const i = 'Update required';",
        "const j = 'Delete question';",
        '// SELECT * FROM questions (a comment, not a statement)',
        'const k = <T,>(x: T) => x;',
        '',
      ].join('\n'),
    );
    expect(sqlLiteralsIn(bad, scratch).map((f) => `${f.file}:${f.line}`)).toEqual([
      'bad-service.ts:1',
      'bad-service.ts:2',
      'bad-service.ts:3',
      'bad-service.ts:4',
      'bad-service.ts:5',
      'bad-service.ts:6',
      'bad-service.ts:7',
    ]);
  });

  it('scans .tsx files in nested folders, and leaves out only the allowed folders', () => {
    const tree = join(scratch, 'tree');
    const files: Record<string, string> = {
      'renderer/src/View.tsx': "export const v = <div title={'DELETE FROM questions'} />;\n",
      'electron/services/deep/inner.ts': "\nexport const q = 'SELECT * FROM profiles';\n",
      'db/repositories/ok.ts': "export const q = 'SELECT * FROM profiles';\n",
      'tests/ok.ts': "export const q = 'SELECT * FROM profiles';\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    }
    const found = typeScriptFiles(tree, allowed).flatMap((file) => sqlLiteralsIn(file, tree));
    expect(found.map((f) => `${f.file}:${f.line}`).sort()).toEqual([
      'electron/services/deep/inner.ts:2',
      'renderer/src/View.tsx:1',
    ]);
  });
});
