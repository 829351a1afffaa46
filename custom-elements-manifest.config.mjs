// Custom Elements Manifest from the elements' JSDoc (@attr, @prop, @fires, @csspart, @cssprop).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/fixtures.ts', 'src/fixtures/**', 'src/test-support/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
};
