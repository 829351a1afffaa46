/**
 * Snapshots of rendered charts, compared with the committed file test/browser/__snapshots__/<test>.snap.js through
 * @web/test-runner-commands' snapshot store. `npm run test:snapshots:update` rewrites them (wtr --update-snapshots).
 */
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';

/** The ids an element's markup carries, renumbered in order of appearance so a snapshot does not pin generated ids. */
const ID_REFERENCES = [
  'id',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-activedescendant',
  'aria-owns',
  'headers',
];

/** Numbers with a fraction, rounded to one decimal ("12.345" → "12.3", "3.0" → "3"), so sub-pixel noise is not pinned. */
const rounded = (text: string) => text.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * The markup of `node` as a readable, stable text: one element or text a line, indented; attributes sorted;
 * numbers rounded to one decimal; ids renumbered; comments (Lit's markers) dropped.
 */
export function serialiseMarkup(node: Element): string {
  const ids = new Map<string, string>();
  for (const element of [node, ...node.querySelectorAll('[id]')])
    if (element.id) ids.set(element.id, `id-${ids.size + 1}`);
  const renumber = (name: string, value: string) => {
    if (ID_REFERENCES.includes(name))
      return value
        .split(/\s+/)
        .map((id) => ids.get(id) ?? id)
        .join(' ');
    return value.replace(/(url\(#|^#)([^)\s]+)/g, (all, prefix: string, id: string) =>
      ids.has(id) ? `${prefix}${ids.get(id)}` : all,
    );
  };
  const lines: string[] = [];
  const walk = (current: Node, depth: number) => {
    const indent = '  '.repeat(depth);
    if (current.nodeType === Node.TEXT_NODE) {
      const text = current.textContent!.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${indent}${rounded(text)}`);
      return;
    }
    if (!(current instanceof Element)) return;
    const attributes = [...current.attributes]
      .map(
        (attribute) =>
          `${attribute.name}="${rounded(renumber(attribute.name, attribute.value.replace(/\s+/g, ' ').trim()))}"`,
      )
      .sort();
    const open = `${indent}<${current.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}`;
    if (!current.hasChildNodes()) {
      lines.push(`${open}/>`);
      return;
    }
    lines.push(`${open}>`);
    for (const child of current.childNodes) walk(child, depth + 1);
    lines.push(`${indent}</${current.localName}>`);
  };
  walk(node, 0);
  return `\n${lines.join('\n')}\n`;
}

/** The lines that differ, with two lines of context, "-" stored and "+" now: enough to read what a change did. */
export function lineDiff(stored: string, now: string): string {
  const a = stored.split('\n');
  const b = now.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - 2);
  return [
    `@@ line ${start + 1} @@`,
    ...a.slice(from, start).map((line) => `  ${line}`),
    ...a.slice(start, endA + 1).map((line) => `- ${line}`),
    ...b.slice(start, endB + 1).map((line) => `+ ${line}`),
    ...a.slice(endA + 1, endA + 3).map((line) => `  ${line}`),
  ].join('\n');
}

/** The snapshot store writes each snapshot inside a template literal: these would end it or interpolate. */
const asTemplateLiteral = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Fails with a readable diff when `content` differs from the stored snapshot `name`, or when there is none yet. */
export async function matchSnapshot(name: string, content: string): Promise<void> {
  const stored = await getSnapshot({ name });
  const { updateSnapshots } = await getSnapshotConfig();
  if (updateSnapshots) {
    if (stored !== content) await saveSnapshot({ name, content: asTemplateLiteral(content) });
    return;
  }
  if (stored === undefined)
    throw new Error(`No snapshot "${name}" yet: run npm run test:snapshots:update and commit the file`);
  if (stored !== content) {
    throw new Error(
      `The snapshot "${name}" changed. If the change is meant, run npm run test:snapshots:update and commit the file.\n${lineDiff(stored, content)}`,
    );
  }
}
