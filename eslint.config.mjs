import path from 'node:path'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// File names are kebab-case (dots allowed: `route.ts`, `release.pdf`, `x.test.ts`); migrations keep Payload's names.
const KEBAB = /^[a-z0-9]+(?:[-.][a-z0-9]+)*\.(?:ts|tsx|mts|mjs|js)$/
const fileNames = {
  rules: {
    'kebab-case': {
      meta: { type: 'suggestion', schema: [], messages: { name: 'File names are kebab-case: {{name}}' } },
      create(context) {
        const name = path.basename(context.filename)
        if (!KEBAB.test(name)) context.report({ loc: { line: 1, column: 0 }, messageId: 'name', data: { name } })
        return {}
      },
    },
  },
}

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.data/**',
      '.data-*/**',
      'node_modules/**',
      'payload-types.ts',
      'migrations/**',
      'app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    plugins: { 'file-names': fileNames },
    settings: { 'import/internal-regex': '^@(/|payload-config$)' },
    rules: {
      'file-names/kebab-case': 'error',
      // Node's modules, then packages, then ours (@/ first, then relative), alphabetical in each.
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      // Payload serves media at its own URLs with sizes made by sharp; next/image would resize them again.
      '@next/next/no-img-element': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Prettier folds code at 120 columns but not strings or comments; this keeps those folded too. A test's name
      // is the one line allowed to run on: split, it would not read as a sentence in the report.
      'max-len': ['error', { code: 120, ignorePattern: String.raw`^\s*(it|test|describe)\(` }],
    },
  },
  {
    // Playwright fixtures receive a callback named `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]

export default config
