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

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/', '.bench-out/', '.workbench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
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
    files: ['scripts/**/*.mjs', 'jest.config.js', 'workbench/**/*.mjs'],
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
