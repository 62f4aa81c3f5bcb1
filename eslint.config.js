// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint for the kit's TypeScript, TSX and scripts: the recommended rules of ESLint and
 * typescript-eslint, and React's hooks rules for the islands. `.astro` files are type-checked by
 * `astro check`; formatting is Prettier's (`prettier --check`, .prettierrc.json). `npm test` runs both.
 */
export default defineConfig(
  {
    ignores: [
      'dist/',
      '.dist-next/',
      '.dist-old/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'tests/.tmp/',
      'bench/.out/',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // React's two hooks rules. The React Compiler's rules (also in the plugin's preset) are left
    // out: the kit does not use the compiler, and they refuse patterns it relies on on purpose
    // (a ref holding the latest props, read in effects).
    files: ['**/*.tsx', '**/*.ts'],
    // The plugin's own types describe its legacy `configs` too, which ESLint 10's Plugin type refuses.
    plugins: { 'react-hooks': /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (reactHooks)) },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a value left unused on purpose (a destructured field dropped from a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
    },
  },
);
