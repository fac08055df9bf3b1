// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './build/eslint-layers.js';

/**
 * The layer rules of docs/architecture.md, as import bans. The same rules are
 * enforced a second time by one tsconfig per layer (see build/layer-guard.ts).
 */
const nodeModules = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
];
const layerMessage = 'breaks the layer rules in docs/architecture.md';

/**
 * @param {string} layer
 * @param {string[]} bannedModules
 * @param {string[]} bannedLayers
 */
const layerRule = (layer, bannedModules, bannedLayers) => ({
  files: [`${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: bannedModules,
            message: `This module ${layerMessage}: ${layer}/ may not use it.`,
          },
        ],
      },
    ],
    'layers/no-cross-layer-import': ['error', { [layer]: bannedLayers }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'data/',
      'test-results/',
      'playwright-report/',
      'test/fixtures/',
      'renderer/data/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layers: layersPlugin },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: [
      'electron/**/*.ts',
      'server/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      'test/**/*.{ts,tsx,mjs}',
      '*.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  layerRule('renderer', ['electron', 'electron/*', ...nodeModules], ['electron', 'server']),
  layerRule(
    'shared',
    ['electron', 'electron/*', 'react', 'react/*', 'react-dom', 'react-dom/*', ...nodeModules],
    ['renderer', 'electron', 'server'],
  ),
  layerRule(
    'electron',
    ['react', 'react/*', 'react-dom', 'react-dom/*', 'rxdb', 'rxdb/*'],
    ['renderer', 'server'],
  ),
  layerRule(
    'server',
    ['electron', 'electron/*', 'react', 'react/*', 'react-dom', 'react-dom/*'],
    ['renderer', 'electron'],
  ),
  {
    // Inside renderer/: imports go down the floors, features meet by their faces.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'layers/renderer-floors': 'error' },
  },
  {
    // shared/ runs everywhere: no DOM globals either.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process'].map(
          (name) => ({ name, message: `shared/ is pure: ${name} ${layerMessage}.` }),
        ),
      ],
    },
  },
);
