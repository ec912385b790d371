// Lint: typescript-eslint on every project, plus the layering rules of docs/architecture.md:
// shared/ imports no React, DOM-facing or Node modules and no other layer; renderer/ never imports
// electron or node:*; electron/ and renderer/ never import each other (both speak shared/host/);
// no production code imports test/. Cycles are refused by scripts/check-imports.mjs (npm run lint).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'process'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@xyflow/*', 'electron', 'html-to-image', ...nodeBuiltins],
              message:
                'shared/ is the pure engine: no React, DOM, Electron or Node imports (docs/architecture.md).',
            },
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**', '**/test/**'],
              message: 'shared/ must not import the app layers or tests.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'localStorage',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message:
                'The renderer talks to the outside only through the Host interface (docs/architecture.md).',
            },
            {
              group: ['**/electron/**', '**/cli/**', '**/test/**'],
              message:
                'The renderer must not import the desktop shell, the CLI or tests; shared types between processes live in shared/host/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The desktop shell and the renderer are separate processes: what both speak is in shared/host/.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/cli/**', '**/test/**'],
              message:
                'electron/ must not import the renderer, the CLI or tests; shared types between processes live in shared/host/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/test/**'],
              message: 'cli/ is a thin shell over shared/: it must not import the app layers or tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'cli/**/*.{ts,js}',
      'scripts/**/*.{js,mjs,cjs,ts}',
      'test/**/*.{ts,tsx}',
      '*.config.{js,ts}',
      'renderer/vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
