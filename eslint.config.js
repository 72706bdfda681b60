// @ts-check
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'url',
  'util',
  'stream',
];

/**
 * All SQL lives in db/: outside it nothing reaches drizzle, the Turso driver
 * or the table definitions, nor names the raw client. Services get
 * repository functions, `env.transaction` and the sync engine instead. The
 * composition root (electron/app/core.ts) needs no exception: it opens the
 * database through db/open.ts and db/slot.ts. Tests are not covered: they
 * read and arrange the database directly to prove what the code wrote.
 */
const dataAccess = {
  paths: [
    {
      name: 'drizzle-orm',
      message: 'All SQL lives in db/: call a repository function there instead.',
    },
  ],
  patterns: [
    {
      group: ['drizzle-orm/*', '@tursodatabase/*', '**/db/schema', '**/db/schema/**'],
      message: 'All SQL lives in db/: call a repository function there instead.',
    },
    {
      group: ['**/db/client'],
      importNames: ['SyncClient'],
      message:
        'The raw client stays in db/: use env.transaction or the sync engine (db/sync/engine.ts).',
    },
  ],
};

/** What shared/ may not reach: it is pure, so it runs in main and in the renderer alike. */
const sharedRule = {
  paths: ['electron', 'react', 'react-dom', 'zustand', 'drizzle-orm', '@tursodatabase/sync'],
  patterns: [
    { group: nodeBuiltins, message: 'shared/ is pure: no Node APIs.' },
    {
      group: ['**/db/**', '**/electron/**', '**/renderer/**', 'drizzle-orm/*', '@tursodatabase/*'],
      message: 'shared/ imports nothing from db/, electron/ or renderer/.',
    },
  ],
};

/** Import rules per file role. Each entry: what the folder may not reach. */
const boundaries = {
  shared: sharedRule,
  // The domain is what the API speaks of, so it cannot depend on the API.
  sharedDomain: {
    ...sharedRule,
    patterns: [
      ...sharedRule.patterns,
      {
        group: ['**/api/**', '**/api'],
        message: 'shared/domain/ imports nothing from shared/api/.',
      },
    ],
  },
  db: {
    paths: ['electron', 'react', 'react-dom', 'zustand'],
    patterns: [
      { group: ['**/electron/**', '**/renderer/**'], message: 'db/ may import shared/ only.' },
    ],
  },
  renderer: {
    paths: ['electron', 'drizzle-orm', '@tursodatabase/sync'],
    patterns: [
      { group: nodeBuiltins, message: 'The renderer has no Node.' },
      {
        group: ['**/db/**', '**/electron/**', 'drizzle-orm/*', '@tursodatabase/*'],
        message: 'renderer/ may import shared/ only.',
      },
    ],
  },
  // Services, the router and the preview run in plain Node too, so they never touch Electron.
  plainNode: {
    paths: ['electron', ...dataAccess.paths],
    patterns: [
      { group: ['**/renderer/**'], message: 'Main-process code never imports the renderer.' },
      ...dataAccess.patterns,
    ],
  },
  // Electron code may use Electron, but raw IPC lives only in the two bridge modules.
  electronShell: {
    paths: [
      {
        name: 'electron',
        importNames: ['ipcMain', 'ipcRenderer'],
        message: 'Raw IPC only in electron/ipc/main-bridge.ts and electron/preload/index.ts.',
      },
      ...dataAccess.paths,
    ],
    patterns: [
      { group: ['**/renderer/**'], message: 'Main-process code never imports the renderer.' },
      ...dataAccess.patterns,
    ],
  },
};

/** Each folder pattern above also names the folder's path alias (tsconfig.json `paths`). */
const aliasOf = [
  ['**/db/', '@db/'],
  ['**/electron/', '@main/'],
  ['**/renderer/', '@renderer/'],
  ['**/api/', '@shared/api/'],
];
const withAliases = (group) =>
  group.flatMap((pattern) => {
    const hit = aliasOf.find(([folder]) => `${pattern}/`.startsWith(folder));
    return hit
      ? [pattern, hit[1] + `${pattern}/`.slice(hit[0].length).replace(/\/$/, '')]
      : [pattern];
  });

/** Crossing into another top-level folder goes through its alias, never up a chain of ../. */
const relativeIntoLayer = {
  group: ['**/shared', '**/shared/**', '**/db', '**/db/**', '**/electron/**', '**/renderer/**'].map(
    (p) => `../${p}`,
  ),
  message:
    'Import another top-level folder through its alias: @shared/, @db/, @main/ or @renderer/.',
};

const restrict = (rule) => ({
  'no-restricted-imports': [
    'error',
    {
      ...rule,
      patterns: [
        ...(rule.patterns ?? []).map((p) => ({ ...p, group: withAliases(p.group) })),
        relativeIntoLayer,
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'bench-results/',
      'test-results/',
      'playwright-report/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  comments.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.es2023 },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowNullish: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
      // Async callbacks without await are how values enter transactions (mutate) and handlers; allowed.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict(boundaries.shared) },
  { files: ['shared/domain/**/*.ts'], rules: restrict(boundaries.sharedDomain) },
  { files: ['db/**/*.ts'], rules: restrict(boundaries.db) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...restrict(boundaries.renderer), ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'electron/app/**/*.ts',
      'electron/api/**/*.ts',
      'electron/services/**/*.ts',
      'electron/preview/**/*.ts',
      'electron/cli/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(boundaries.plainNode),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/lockdown/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(boundaries.electronShell),
  },
  {
    files: ['electron/ipc/main-bridge.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/db/**', '@renderer/**', '@db/**'],
              message: 'The bridges only use the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // The raw database client (AppDatabase.client, drizzle's $client) is reached only in db/.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^\\$?client$/]',
          message:
            'The raw database client stays in db/: use a repository function, env.transaction or the sync engine.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'electron/**/*.ts', 'db/**/*.ts', '*.js', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['tests/**/*.{ts,tsx}'], rules: restrict({}) },
  {
    files: ['tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...restrict(boundaries.renderer), ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*'] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['eslint.config.js', '.ci/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-restricted-exports': 'off' },
  },
);
