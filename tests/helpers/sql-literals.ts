import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * What an SQL statement looks like inside a string: its opening words with
 * the shape that follows them, so UI text such as "Select one answer from
 * the list" or "Update required" is not taken for SQL.
 */
const SQL_SHAPES: RegExp[] = [
  /\bSELECT\s+[\s\S]*?\bFROM\b/,
  /\bselect\s+(?:\*|distinct\b|count\s*\(|max\s*\(|min\s*\(|sum\s*\(|[\w."]+\s*,)[\s\S]*?\bfrom\s/i,
  /\bselect\s+[\w.*"]+\s+from\s+["\w]+\s*(?:$|where\b|order\b|group\b|limit\b|join\b|\))/i,
  /\binsert\s+(?:or\s+\w+\s+)?into\s+["\w]+/i,
  /\breplace\s+into\s+["\w]+\s*\(/i,
  /\bupdate\s+["\w]+\s+set\s+["\w]+\s*=/i,
  /\bdelete\s+from\s+["\w]+/i,
  /\bpragma\s+[a-z_]+\s*(?:=|\(|$)/i,
  /\b(?:create|drop)\s+(?:temp\s+|unique\s+)?(?:table|index|trigger|view)\b/i,
  /\balter\s+table\s+["\w]+/i,
  /^\s*(?:BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/,
];

export interface SqlLiteral {
  /** Path relative to the scanned root. */
  file: string;
  line: number;
  text: string;
}

/** The text of a string or template literal (template holes read as `?`). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((s) => `?${s.literal.text}`).join('');
  }
  return null;
}

export function looksLikeSql(text: string): boolean {
  return SQL_SHAPES.some((shape) => shape.test(text));
}

/** Every string or template literal of one file that holds an SQL statement. */
export function sqlLiteralsIn(path: string, root: string): SqlLiteral[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: SqlLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null && looksLikeSql(text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ file: relative(root, path), line: line + 1, text: text.slice(0, 80) });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SKIPPED = new Set([
  'node_modules',
  'out',
  'dist',
  'release',
  'bench-results',
  'test-results',
]);

/** Every TypeScript file under `dir`, leaving out build output, dependencies, hidden folders and `exclude`. */
export function typeScriptFiles(dir: string, exclude: ReadonlySet<string>, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) return [];
      if (exclude.has(relative(root, path))) return [];
      return typeScriptFiles(path, exclude, root);
    }
    return /\.(?:ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
