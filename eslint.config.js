import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers point one way: shared ← renderer, shared ← server, shared ← electron.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/**`, `**/${dir}`], message })) },
    ],
  },
});

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
  layer(['shared/**'], ['renderer', 'server', 'electron'], 'shared/ is the bottom layer: it may not import renderer/, server/ or electron/.'),
  layer(['renderer/**'], ['server', 'electron'], 'renderer/ may import only shared/ (reach Electron through renderer/src/platform).'),
  layer(['server/**'], ['renderer', 'electron'], 'server/ may import only shared/.'),
  layer(['electron/**'], ['renderer', 'server'], 'electron/ may import only shared/.'),
);
