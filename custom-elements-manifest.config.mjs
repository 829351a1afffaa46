// Custom Elements Manifest from the elements' JSDoc (@attr, @prop, @fires, @csspart, @cssprop).

const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name);

/**
 * Drops private and protected members, and the attributes the analyzer gives private reactive state (`state: true`
 * has none): the manifest (and Storybook's docs from it) is the public API only.
 */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        const hidden = new Set(declaration.members.filter((member) => !isPublic(member)).map((member) => member.name));
        declaration.members = declaration.members.filter(isPublic);
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    }
  },
};

/**
 * A default written as an exported constant (`this.headingLevel = DEFAULT_HEADING_LEVEL`) is shown as the constant's value
 * (`2`), which is what a page author needs to read.
 */
const constantDefaults = {
  name: 'constant-defaults',
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules ?? [];
    const constants = new Map(
      modules.flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.kind === 'variable' && /^[A-Z][A-Z0-9_]*$/.test(declaration.name) && declaration.default)
        .map((declaration) => [declaration.name, declaration.default]),
    );
    for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
      for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (constants.has(entry.default)) entry.default = constants.get(entry.default);
      }
    }
  },
};

/** A base class (`OfstedElement`) defines no tag: it stays a class that the elements inherit from, not an element. */
const tagsOnly = {
  name: 'tags-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of (customElementsManifest.modules ?? []).flatMap((module) => module.declarations ?? [])) {
      if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/examples.ts', 'src/**/fixtures.ts', 'src/fixtures/**', 'src/test-support/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly, constantDefaults, tagsOnly],
};
