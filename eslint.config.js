import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Registration goes through core/define.ts, which never throws (STYLE.md rule 2).
      'no-restricted-syntax': [
        'error',
        {
          selector: "Decorator[expression.callee.name='customElement']",
          message:
            'Register with define() from src/core/define.ts: @customElement throws when loaded twice.',
        },
      ],
    },
  },
  {
    files: [
      'test/**/*.{ts,mjs}',
      'tools/**/*.{ts,mjs}',
      '*.config.{js,mjs,ts}',
      '.dependency-cruiser.cjs',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      // Chai assertions read as expressions: `expect(x).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
