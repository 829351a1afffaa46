// Custom Elements Manifest from the elements' JSDoc (@attr, @prop, @fires, @csspart, @cssprop).

/** Drops private and protected members: the manifest (and Storybook's docs from it) is the public API only. */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name),
        );
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/examples.ts', 'src/**/fixtures.ts', 'src/fixtures/**', 'src/test-support/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly],
};
