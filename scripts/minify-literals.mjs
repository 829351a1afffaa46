// A rollup plugin that squeezes the whitespace and comments out of Lit's css`…`, html`…` and svg`…` templates.
// Terser leaves template literal text alone, and these templates are a quarter of the code we ship.
//
// Only text between `${}` expressions is touched, and only in ways that cannot change what renders:
// - html/svg: a run of whitespace that holds a line break becomes one space (HTML collapses it to one anyway;
//   no template here uses <pre> or <textarea>);
// - svg: such a run between tags (after `>`, before `<`) goes altogether: outside <text> SVG draws no text node, and
//   every <text> here holds one line. A 10,000-event timeline had about five empty text nodes an event.
// - css: comments go, whitespace runs become one space, and the space beside `{ } ; , >` and after `:` goes.
//   Spaces at a quasi's edge are kept as one space, so `${width} solid` never becomes `${width}solid`.
import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function minifySvg(text) {
  return minifyHtml(
    text
      .replace(/>\s*\n\s*</g, '><')
      .replace(/>\s*\n\s*$/, '>')
      .replace(/^\s*\n\s*</, '<'),
  );
}

export function minifyCss(text) {
  const leading = /^\s/.test(text) ? ' ' : '';
  const trailing = /\s$/.test(text) ? ' ' : '';
  const inner = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
  return inner ? leading + inner + trailing : leading || trailing;
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

export default function minifyLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.[tj]s$/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const source = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
          return;
        const minify = { css: minifyCss, html: minifyHtml, svg: minifySvg }[node.tag.name];
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const smaller = minify(raw);
          if (smaller === raw) continue;
          if (smaller) source.overwrite(quasi.start, quasi.end, smaller);
          else source.remove(quasi.start, quasi.end);
        }
      });
      return source.hasChanged() ? { code: source.toString(), map: source.generateMap({ hires: true }) } : null;
    },
  };
}
