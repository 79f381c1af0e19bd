// Lint, and the layering rules of ../shared/STYLE.md checked by machine:
// shared/ runs anywhere, renderer/ runs in the browser, only the Electron shell imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'stream', 'url', 'zlib', 'net', 'worker_threads', 'util', 'events', 'buffer'];
const electronShellOnly = ['electron/main/**', 'electron/preload/**'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', ...nodeBuiltins], message: 'shared/ runs anywhere: no Electron, React or Node modules.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may not import from electron/ or renderer/.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ runs in workers and Node too.' },
        { name: 'document', message: 'shared/ runs in workers and Node too.' },
        { name: 'process', message: 'shared/ runs in the browser too.' },
        { name: 'Buffer', message: 'Use Uint8Array: shared/ runs in the browser too.' },
        { name: 'require', message: 'ES modules only.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer runs in a sandboxed page: talk to the shell through the API in shared/ipc.' },
          { group: ['**/electron/**'], message: 'The renderer depends on shared/ipc, never on electron/ modules.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: electronShellOnly,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload import electron: the rest must run and be tested in plain Node.' },
          { group: ['**/renderer/**'], message: 'electron/ does not import the renderer.' },
        ],
      }],
    },
  },
);
