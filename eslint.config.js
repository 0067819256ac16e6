import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers point one way: shared ← renderer, shared ← server, shared ← electron.
const layer = (files, forbidden, message, extraPatterns = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...forbidden.map((dir) => ({ group: [`**/${dir}/**`, `**/${dir}`], message })), ...extraPatterns] },
    ],
  },
});

// shared/ runs in the browser, Node and Electron alike: no Node built-ins, no DOM globals.
const NODE_BUILTINS = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'buffer'],
  message: 'shared/ is isomorphic: no Node built-ins.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', '.scratch', 'demo-data', 'tests/bench/.work', 'tests/e2e/.artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(['shared/**'], ['renderer', 'server', 'electron'], 'shared/ is the bottom layer: it may not import renderer/, server/ or electron/.', [NODE_BUILTINS]),
  {
    files: ['shared/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  layer(['renderer/**'], ['server', 'electron'], 'renderer/ may import only shared/ (reach Electron through renderer/src/platform).'),
  layer(['server/**'], ['renderer', 'electron'], 'server/ may import only shared/.'),
  layer(['electron/**'], ['renderer', 'server'], 'electron/ may import only shared/.'),
);
