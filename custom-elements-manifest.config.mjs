// Custom Elements Manifest from the elements' JSDoc (@attr, @prop, @fires, @csspart, @cssprop).

const isPublic = (member) =>
  member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name);

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
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
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
      modules
        .flatMap((module) => module.declarations ?? [])
        .filter(
          (declaration) =>
            declaration.kind === 'variable' && /^[A-Z][A-Z0-9_]*$/.test(declaration.name) && declaration.default,
        )
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

/**
 * The inputs, events, parts and properties an element inherits from `OfstedElement` are listed first, as the base
 * declares them, then the element's own: every element's documentation starts with the same shared inputs. An
 * element that documents an inherited one again (in its own words) keeps it in the inherited place.
 */
const inheritedFirst = {
  name: 'inherited-first',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = (customElementsManifest.modules ?? []).flatMap((module) => module.declarations ?? []);
    const base = declarations.find((declaration) => declaration.name === 'OfstedElement');
    for (const declaration of declarations) {
      if (!declaration.tagName || !base) continue;
      for (const kind of ['attributes', 'members', 'events', 'cssParts', 'cssProperties']) {
        const order = (base[kind] ?? []).map((item) => item.name);
        const rank = (item) => (order.includes(item.name) ? order.indexOf(item.name) : order.length);
        declaration[kind] = declaration[kind]
          ?.map((item, i) => ({ item, i }))
          .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
          .map(({ item }) => item);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/examples.ts',
    'src/**/fixtures.ts',
    'src/fixtures/**',
    'src/test-support/**',
    'src/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly, constantDefaults, tagsOnly, inheritedFirst],
};
