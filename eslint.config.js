import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Process boundaries (DESIGN.md §8) are lint errors, not review comments. */
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['dist/', 'release/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**', 'test/unit/host/**', 'test/smoke/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            {
              group: ['../core/*/**'],
              message: 'The CLI reaches the core through dispatch (electron/core/dispatch.ts), like the app hosts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only meaningful with the React Compiler, which Prune does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronImport,
            ...builtinModules.map((name) => ({ name, message: 'The renderer runs in a browser.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' },
            {
              group: ['**/electron/**', 'electron/*'],
              message: 'The renderer talks to the core only through renderer/src/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            { group: ['node:*'], message: 'shared/ is imported by every process: nothing environment-specific.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing but libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/web/bridge.ts', 'electron/web/wire-codec.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
