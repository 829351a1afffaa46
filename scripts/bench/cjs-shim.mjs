// A rollup plugin just big enough for the CommonJS files Observable Plot pulls in (interval-tree-1d and
// binary-search-bounds): rewrites `require("x")` to imports and exposes `module.exports` as the default export.
// The project does not depend on @rollup/plugin-commonjs, and the bench may not add dependencies.
const isCommonJs = (code) => /\bmodule\.exports\b|\brequire\(/.test(code) && !/^\s*(import|export)\b/m.test(code);

export function cjsShim() {
  return {
    name: 'bench-cjs-shim',
    transform(code, id) {
      if (!id.includes('/node_modules/') || !isCommonJs(code)) return null;
      const imports = [];
      const body = code.replace(/\brequire\(\s*(["'])([^"']+)\1\s*\)/g, (_, __, specifier) => {
        imports.push(`import __require${imports.length} from ${JSON.stringify(specifier)};`);
        return `__require${imports.length - 1}`;
      });
      return {
        code: `${imports.join('\n')}\nvar module = { exports: {} }, exports = module.exports;\n${body}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
