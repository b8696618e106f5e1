// ESLint flat config, picked up by `office-addin-lint check|fix` (npm run lint / lint:fix) instead of its
// built-in one. It starts from the same base (eslint-plugin-office-addins "recommended": eslint
// recommended, Office.js rules, prettier) and adds typescript-eslint, React for .tsx, and the layering
// rule of the design: src/core imports nothing from a host.
import { builtinModules } from 'node:module';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx'];

/**
 * office-addins "recommended", extended to .tsx, with its bundled (older) typescript-eslint plugin and
 * parser swapped for the project's, so that typescript-eslint's own configs can be added without a
 * plugin clash.
 */
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) =>
  config.plugins?.['@typescript-eslint']
    ? {
        ...config,
        files: [...config.files, '**/*.tsx'],
        plugins: { ...config.plugins, '@typescript-eslint': tseslint.plugin },
        languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: 'latest' },
      }
    : config,
);

/** Hosts and platforms src/core must not reach (DESIGN §8: core is pure TypeScript). */
const CORE_FORBIDDEN_PACKAGES = ['exceljs', 'jszip', 'react', 'react-dom', 'office-js'];
const CORE_FORBIDDEN_LAYERS = ['excel', 'xlsx', 'taskpane', 'functions', 'cli'];
const CORE_FORBIDDEN_GLOBALS = [
  'Office',
  'Excel',
  'OfficeExtension',
  'OfficeRuntime',
  'CustomFunctions',
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'process',
  'require',
  'Buffer',
  '__dirname',
  '__filename',
];

export default [
  { ignores: ['dist/**', 'lib/**', 'coverage/**', 'node_modules/**'] },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    plugins: { 'office-addins': officeAddins },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    rules: {
      // TypeScript itself reports undefined names, and knows the Office and DOM globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Formatting is prettier's job (.prettierrc); `npm run lint:fix` applies it. The whole tree is
      // formatted, so a layout difference fails lint like any other problem.
      'prettier/prettier': ['error', { endOfLine: 'auto' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat['jsx-runtime'],
  },
  {
    files: ['**/*.tsx'],
    settings: { react: { version: 'detect' } },
    rules: {
      // Props are typed by TypeScript.
      'react/prop-types': 'off',
    },
  },
  {
    // custom-functions-metadata turns a parameter typed `any` into Excel's "any" type (a cell of any kind);
    // `unknown` is not understood there.
    files: ['src/functions/functions.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // cleanText removes control characters pasted from PDF and Word: the character class is the point.
    files: ['src/core/text.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...CORE_FORBIDDEN_PACKAGES.map((name) => ({
              name,
              message:
                'src/core is host-neutral: hosts live in src/excel, src/xlsx, src/taskpane, src/functions, src/cli.',
            })),
            // Exact names, so that a core module called e.g. ./events is not caught.
            ...builtinModules
              .filter((name) => !name.startsWith('_'))
              .map((name) => ({ name, message: 'src/core is host-neutral: no Node built-in modules.' })),
          ],
          patterns: [
            {
              group: ['@fluentui/*', 'react/*', 'react-dom/*', 'exceljs/*', 'node:*'],
              message: 'src/core is host-neutral: no UI, ExcelJS or Node APIs.',
            },
            {
              regex: `^(\\.\\./)+(${CORE_FORBIDDEN_LAYERS.join('|')})(/|$)`,
              message: 'src/core must not import a host layer; the host calls core, not the other way round.',
            },
          ],
        },
      ],
      // Types too: `Excel.Range` in a core signature would tie core to Office.js.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension|OfficeRuntime|CustomFunctions)$/]',
          message: 'src/core is host-neutral: no Office.js types; use the snapshot and plan types.',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...CORE_FORBIDDEN_GLOBALS.map((name) => ({
          name,
          message: 'src/core is host-neutral: no Office.js, DOM or Node globals.',
        })),
      ],
    },
  },
];
