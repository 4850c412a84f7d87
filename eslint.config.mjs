// One lint for the whole project: typescript-eslint's strict type-checked rules on src/, test/ and scripts/, the
// plain recommended rules on bench/ (which no tsconfig covers). Formatting is Prettier's job (.prettierrc.json);
// max-len only catches what Prettier does not wrap: long strings and comments.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// `import 'fs'` and `import 'node:fs'` load the same module; the prefix says it is Node's, never an npm package.
const bareBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tap-snapshots/', 'reports/', 'test-artifacts/', 'build/', 'release/', '.tap/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.cts', 'test/**/*.mjs', 'scripts/**/*.mjs'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages are the common case (`port ${port}`); objects and unions still need an explicit String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Dropping a key by destructuring it away is the idiom for "the rest without it"; the dropped name is never read.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // tap queues every t.test() itself; awaiting it is optional and most files do not.
      '@typescript-eslint/no-floating-promises': 'off',
      // tap callbacks are async by convention, whether or not they await.
      '@typescript-eslint/require-await': 'off',
      // In a test, a missing value throws and fails the test, which is the assertion we want.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['bench/**'],
    languageOptions: {
      globals: {
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
      },
    },
  },
  {
    files: ['**/*.{ts,cts,mjs,cjs,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      'max-len': ['error', { code: 140 }],
      // undici's fetch, with our dispatcher and bounds, is the only HTTP client; the global one hides both.
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use the probes/proxy openers: the global fetch has no route or bound of ours.' },
      ],
      'no-restricted-imports': ['error', { paths: bareBuiltins.map((name) => ({ name, message: `Import 'node:${name}'.` })) }],
    },
  },
);
