// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules over the whole tree, and the lit and wc
// plugins' over the elements. A rule turned off says why on its line.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built or generated output, and third parties' files.
    ignores: [
      'dist/',
      'storybook-static/',
      'gallery/',
      '.bench-pages/',
      'custom-elements.json',
      '**/node_modules/',
      'examples/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks an argument a signature needs but the body does not use (Lit's Directive.render, callbacks).
      // Leaving a property out by destructuring the rest (`const { dataset, ...rest } = x`) is the idiom for it.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['test/**', 'src/**/*.test.ts', 'src/test-support/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Generated from the manifest: augmenting React's JSX types can only be written as `namespace JSX`.
    files: ['src/frameworks/react.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    // The stories draw each element from its tag name with lit/static-html.js's unsafeStatic, which these rules,
    // written for plain `html`, take for a binding in a tag name.
    files: ['stories/story-helpers.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
);
