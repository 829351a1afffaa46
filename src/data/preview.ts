/** How the validator's messages show a bad value: short, and safe on any value. */

/** A bad value as messages show it: JSON where JSON can show it, cut to 60 characters. */
export function describe(value: unknown): string {
  const text = preview(value, 2);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** How many entries of a list or object a message shows before "…". */
const PREVIEW_ENTRIES = 8;

/**
 * JSON-like text of the start of a value, `depth` levels down: never a walk of a whole large value (a 100,000-item
 * list in the wrong place), never thrown by a cycle, a BigInt (`1n`, not `1`) or an object without a prototype.
 */
function preview(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 64 ? value.slice(0, 64) : value);
    case 'bigint':
      return `${value}n`;
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      try {
        const json = (value as { toJSON?: unknown }).toJSON;
        if (typeof json === 'function') return preview(json.call(value), depth);
        if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
        if (Array.isArray(value)) {
          const items: string[] = [];
          for (let i = 0; i < Math.min(value.length, PREVIEW_ENTRIES); i++) {
            const item: unknown = value[i];
            items.push(item === undefined ? 'null' : preview(item, depth - 1));
          }
          return `[${items.join(',')}${value.length > PREVIEW_ENTRIES ? ',…' : ''}]`;
        }
        const keys = Object.keys(value);
        const entries = keys.slice(0, PREVIEW_ENTRIES).flatMap((key) => {
          const item = (value as Record<string, unknown>)[key];
          return item === undefined ? [] : [`${JSON.stringify(key)}:${preview(item, depth - 1)}`];
        });
        return `{${entries.join(',')}${keys.length > PREVIEW_ENTRIES ? ',…' : ''}}`;
      } catch {
        return Array.isArray(value) ? '[…]' : '{…}';
      }
    default:
      return String(value);
  }
}
