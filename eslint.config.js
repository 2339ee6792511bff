import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'release',
      'tests/e2e/screenshots',
      'tests/bench/*.local.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/dom/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is always rendered as text.',
        },
      ],
    },
  },
  {
    // Only the db module talks to Dexie; the rest of the renderer goes through repositories and hooks.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only renderer/src/db imports dexie.' },
            { name: 'electron', message: 'The renderer never imports electron; use platform/desktop.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure TypeScript used by both processes.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                'dexie',
                'dexie-*',
                'electron',
                'node:*',
                '@/*',
                '@mantine/*',
              ],
              message: 'shared/ imports no react, dexie, electron, node:* or renderer code.',
            },
          ],
          paths: ['fs', 'path', 'os', 'crypto', 'child_process'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
