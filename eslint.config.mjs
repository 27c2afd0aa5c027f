import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import tseslint from 'typescript-eslint';

/**
 * One lint gate for the whole tree, with zero warnings allowed (`npm run lint`). A rule switched
 * off on a line carries its reason on that line (`-- why`), which the last block enforces.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    name: 'storefront/accessibility',
    // eslint-config-next registers jsx-a11y with a handful of rules; take its recommended set.
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    name: 'storefront/hooks',
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    name: 'storefront/strict-logic',
    // The logic and the reference backend: no loose types across a module boundary.
    files: ['lib/**/*.{ts,tsx}', 'services/**/*.ts'],
    extends: [tseslint.configs.strict],
    rules: {
      // noUncheckedIndexedAccess types every index as `T | undefined`; a `!` after an index the
      // surrounding bounds or a regex match guarantee is the deliberate, visible escape.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    name: 'storefront/everywhere',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  comments.recommended,
  {
    name: 'storefront/disables-say-why',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@eslint-community/eslint-comments/require-description': 'error',
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      '@eslint-community/eslint-comments/disable-enable-pair': 'error',
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.data/**',
    '.build/**',
    // Generated at bench time (bench/lib/lighthouse-bare.ts).
    '.bench/**',
    'out/**',
    'coverage/**',
    'test-results/**',
    'playwright-report/**',
    'public/**',
    'next-env.d.ts',
  ]),
]);
