/// <reference types="vite/client" />
/**
 * Each element's Storybook controls, from the Custom Elements Manifest (custom-elements.json, made by `cem analyze`,
 * which `npm start` and `npm run build-storybook` run first): an input added to an element gets its control with no
 * edit here. Without the manifest the stories still render, without controls (preview.ts says so in the console).
 */
import type { ArgTypes } from '@storybook/web-components-vite';

const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string }[];
  attributes?: { name: string; fieldName?: string; description?: string; type?: { text?: string } }[];
  members?: { kind?: string; name: string; static?: boolean; readonly?: boolean; privacy?: string }[];
}

type ArgType = ArgTypes[string];

function declarations(): Declaration[] {
  const manifest = manifests['../custom-elements.json'] as { modules?: { declarations?: Declaration[] }[] } | undefined;
  return manifest?.modules?.flatMap((module) => module.declarations ?? []) ?? [];
}

function declarationOf(tag: string): Declaration | undefined {
  return declarations().find((declaration) => declaration.tagName === tag);
}

/**
 * The control for an attribute of type `type`: a switch, a number (within the range its description gives as
 * "1 to 6"), a choice among string literals, or text.
 */
function controlFor(type: string, description = ''): ArgType {
  const literals = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (literals.length === 1 && literals[0] === 'boolean') return { control: 'boolean' };
  if (literals.length === 1 && literals[0] === 'number') {
    const range = description.match(/\b(\d+) to (\d+)\b/);
    return range
      ? { control: { type: 'number', min: Number(range[1]), max: Number(range[2]), step: 1 } }
      : { control: 'number' };
  }
  if (literals.length && literals.every((part) => /^'[^']*'$/.test(part))) {
    // The empty choice removes the attribute, so the element falls back to its default.
    return { control: 'inline-radio', options: ['', ...literals.map((part) => part.slice(1, -1))] };
  }
  return { control: 'text' };
}

/**
 * Controls for `tag`'s inputs: each attribute under its attribute name (stories set attributes), each property that
 * has no attribute (`data`) as an object, and no second control for a property that mirrors an attribute.
 */
export function argTypesFor(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const mirrored = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = controlFor(attribute.type?.text ?? 'string', attribute.description);
    if (attribute.fieldName && attribute.fieldName !== attribute.name) mirrored.add(attribute.fieldName);
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly || member.privacy === 'private') continue;
    if (mirrored.has(member.name)) argTypes[member.name] = { control: false };
    else if (!(member.name in argTypes) && !(declaration.attributes ?? []).some((a) => a.fieldName === member.name))
      argTypes[member.name] = { control: 'object' };
  }
  return argTypes;
}

/**
 * A control for every `--ofsted-*` custom property any element documents (`@cssprop`), with the manifest's words: a
 * colour picker for colours, text for the rest. Empty until set, so each element's default shows until a designer
 * picks a value; a story applies them on an ancestor (stories/theming.ts).
 */
export function customPropertyArgTypes(): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const declaration of declarations().filter((d) => d.tagName?.startsWith('ofsted-'))) {
    for (const { name, description } of declaration.cssProperties ?? []) {
      if (!name.startsWith('--ofsted-') || name in argTypes) continue;
      argTypes[name] = {
        control: name.endsWith('-colour') ? { type: 'color' } : { type: 'text' },
        description,
        table: { category: 'custom properties' },
      };
    }
  }
  return Object.fromEntries(Object.entries(argTypes).sort(([a], [b]) => a.localeCompare(b, 'en')));
}
