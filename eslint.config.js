import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist-desktop/**',
      'node_modules/**',
      'test-results/**',
      'src/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { countyId, ...view } = row` is how a record drops fields before it leaves.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // This rule only matters to the React Compiler, which we do not use; TanStack Virtual's hook
      // is one of the libraries it names.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // No import cycles anywhere in src (issue 21): a cycle makes a layer depend on itself through
    // another area, and its order of module loading a matter of luck.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Layering (STYLE.md): core runs anywhere; the renderer reaches data only through the client.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            '**/db/**',
            '**/api/**',
            '**/demo/**',
            'react',
            'electron',
            'better-sqlite3',
          ],
        },
      ],
    },
  },
  {
    // Reading uploads (src/files) is shared by every import: it knows core's types, not the
    // service, the database or the workbooks we write.
    files: ['src/files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/db/**',
            '**/api/**',
            '**/export/**',
            '**/server/**',
            '**/main/**',
            '**/renderer/**',
            '**/demo/**',
            'react',
            'electron',
            'better-sqlite3',
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/api/**',
            '**/export/**',
            '**/server/**',
            '**/main/**',
            '**/renderer/**',
            '**/demo/**',
          ],
        },
      ],
    },
  },
  {
    // The demo county and the synthetic data sit above the service, beside the shells: production
    // layers never reach them.
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/demo/**', '**/server/**', '**/main/**', '**/renderer/**'] },
      ],
    },
  },
  {
    // Areas call each other through named service functions, never through a handler map (issue
    // 21): only the service puts the maps together, so a map's result is always validated there.
    files: ['src/api/**/*.ts'],
    ignores: ['src/api/service.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration > ImportSpecifier[imported.name=/Handlers$/]',
          message:
            'Import the named service function the handler calls, not the handler map: only src/api/service.ts uses handler maps.',
        },
      ],
    },
  },
  {
    // Workbooks are written from what core and files declare; the service's contract is above them.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/api/**', '**/demo/**', '**/server/**', '**/main/**', '**/renderer/**'] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', '**/db/**', '**/server/**', '**/main/**', 'electron'] },
            {
              group: [
                '**/api/**',
                '!**/api/errors',
                '!**/api/bridge',
                '!**/api/contractData',
                '!**/api/contractTypes',
              ],
              allowTypeImports: true,
              message:
                'The renderer takes only types from src/api (and ApiError, the bridge names, and what each call reads and changes: contractData, contractTypes).',
            },
          ],
        },
      ],
    },
  },
);
