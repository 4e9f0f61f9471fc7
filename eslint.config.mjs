import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'HtmlService',
  'LockService',
  'Session',
  'ScriptApp',
  'Charts',
  'PropertiesService',
  'Utilities',
  'google',
];

/**
 * The add-on's layers and what each may import (the README's architecture line says the same):
 * main → (features, ui); features → (ui, sheets, core); ui → (sheets, core); sheets → core; core → nothing;
 * sidebar → core only; nothing in src imports fake, workbench or tests.
 */
const LAYERS = ['main', 'features', 'ui', 'sheets', 'core', 'sidebar'];
const MAY_IMPORT = {
  main: ['features', 'ui'],
  features: ['ui', 'sheets', 'core'],
  ui: ['sheets', 'core'],
  sheets: ['core'],
  core: [],
  sidebar: ['core'],
};
const OUTSIDE_SRC = {
  regex: '(^|/)(fake|workbench|tests)(/|$)',
  message: 'src never imports the fake, the workbench or the tests.',
};

function layerRule(layer) {
  const forbidden = LAYERS.filter((other) => other !== layer && !MAY_IMPORT[layer].includes(other));
  const patterns = [
    OUTSIDE_SRC,
    ...forbidden.map((other) => ({
      regex: `^\\.\\.?/(\\.\\./)*${other === 'main' ? 'main$' : `${other}(/|$)`}`,
      message: `${layer} may import ${MAY_IMPORT[layer].join(', ') || 'nothing outside itself'}, not ${other}.`,
      // The entry checks itself against the sidebars' contract, declared with the payload types in core.
      allowTypeImports: layer === 'main' && other === 'core',
    })),
  ];
  if (layer === 'core')
    patterns.push({ regex: '^[^.]', message: 'core is pure TypeScript: no package, no Node module.' });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/', '.bench-out/', '.workbench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map((layer) => ({
    files: layer === 'main' ? ['src/main.ts'] : [`src/${layer}/**/*.ts`],
    rules: layerRule(layer),
  })),
  {
    // The core is pure: the method's rules with no Apps Script in them, testable anywhere.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...APPS_SCRIPT_GLOBALS.map((name) => ({
          name,
          message: 'src/core is pure: talk to Google from src/sheets or src/ui.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='GoogleAppsScript']", message: 'src/core is pure: no Apps Script types.' },
      ],
    },
  },
  {
    // Files of one job, functions of one screen (issue 11): what ships, the fake, the workbench and the scripts.
    // Tests are left out: a feature's test file lists its cases side by side.
    files: ['src/**/*.ts', 'fake/**/*.ts', 'workbench/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'jest.config.js', 'workbench/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  {
    files: ['jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
