// @ts-check
/// <reference types="node" />
// `render --element <name> [options]`: an element as static HTML (declarative shadow DOM), through the optional peer
// @lit-labs/ssr, laid out at --width with the elements' public `layoutWidth`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataLayer, readDatasetFile } from './data-layer.mjs';
import { ELEMENTS } from './elements.mjs';
import { err, usageError } from './output.mjs';
import { renderDocument, staticMarkup } from './static-html.mjs';

/** @typedef {import('./data-layer.mjs').OfstedDataset} OfstedDataset */
/** @typedef {{ fragment: boolean, element: string, width: number, authority?: string, src?: string, event?: string, out?: string }} RenderOptions */

const DEFAULT_RENDER_WIDTH = 720;
const RENDER_OPTIONS = new Set(['--element', '--authority', '--src', '--event', '--width', '--out']);
const NAMES = ELEMENTS.map((element) => element.name);
const SSR_MISSING =
  'ofsted-widgets: render needs the optional peer dependency @lit-labs/ssr: install it with ' +
  '`npm install --save-dev @lit-labs/ssr`, or run `npx -p ofsted-widgets -p @lit-labs/ssr ofsted-widgets render ...`';

/**
 * `--name value` and `--name=value` pairs, plus `--fragment`; a string when the arguments are wrong.
 * @param {string[]} args
 * @returns {RenderOptions | string}
 */
function parseRenderArgs(args) {
  /** @type {Record<string, string>} */
  const given = {};
  let fragment = false;
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    if (arg === '--fragment') {
      fragment = true;
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s);
    if (!RENDER_OPTIONS.has(name)) return arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      return `${name} needs a value`;
    const key = name.slice(2);
    if (key in given) return `${name} is given twice`;
    given[key] = value;
  }
  const { element, width: widthText, ...rest } = given;
  if (!element) return `render needs --element (${NAMES.join(', ')})`;
  if (!NAMES.includes(element)) return `unknown element "${element}" (expected ${NAMES.join(', ')})`;
  const width = widthText === undefined ? DEFAULT_RENDER_WIDTH : Number(widthText);
  if (!Number.isInteger(width) || width < 200 || width > 4000)
    return `--width must be a whole number of pixels from 200 to 4000, not "${widthText}"`;
  if (!rest.authority && !rest.src)
    return 'render needs --authority <council> (e.g. --authority kent) or --src <file.json>';
  return { ...rest, fragment, element, width };
}

/** @lit-labs/ssr and lit, or null when the optional peer is not installed (any other failure is thrown). */
async function loadSsr() {
  try {
    const [ssr, result, lit, staticHtml] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
      import('lit/static-html.js'),
    ]);
    return {
      render: ssr.render,
      LitElementRenderer: ssr.LitElementRenderer,
      collectResult: result.collectResult,
      html: staticHtml.html,
      unsafeStatic: staticHtml.unsafeStatic,
      nothing: lit.nothing,
    };
  } catch (error) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    if (code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(message)) return null;
    throw error;
  }
}

/**
 * The element with its dataset as the `data` property (SSR renders synchronously, so it cannot wait for a load).
 * `authority` or `src` is kept on the tag so that a page which does load the script later shows the same data when
 * the element renders again in the browser. The table is open and the download buttons gone: set by StaticRenderer
 * on every element, the journey's parts too (the journey itself passes neither on).
 * @param {NonNullable<Awaited<ReturnType<typeof loadSsr>>>} lit
 * @param {OfstedDataset} dataset
 * @param {RenderOptions} options
 */
function elementTemplate(lit, dataset, options) {
  const { html, unsafeStatic, nothing } = lit;
  const tag = unsafeStatic(`ofsted-${options.element}`);
  const own = options.element !== 'journey';
  const authority = options.src ? nothing : (options.authority ?? nothing);
  // <ofsted-england> also needs the national file, given as a property for the same reason.
  const national =
    options.element === 'england'
      ? JSON.parse(readFileSync(new URL('../../data/national/england.json', import.meta.url), 'utf8'))
      : undefined;
  return html`<${tag} .data=${dataset} .nationalData=${national} authority=${authority} src=${options.src ?? nothing} event=${options.event ?? nothing} ?show-table=${own} ?no-export=${own}></${tag}>`;
}

/**
 * The dataset to render: the --src file, validated, or the named authority's; a number is the exit status.
 * @param {RenderOptions} options
 * @param {import('./data-layer.mjs').DataLayer} data
 * @returns {Promise<OfstedDataset | number>}
 */
async function datasetFor(options, data) {
  if (options.src) return readDatasetFile(options.src, data, err) ?? 1;
  try {
    return await data.loadBundledDataset(options.authority ?? '');
  } catch (error) {
    if (/** @type {{ kind?: string }} */ (error)?.kind !== 'unknown-authority') throw error;
    return usageError(
      `${/** @type {Error} */ (error).message} (ofsted-widgets list shows every authority; for another dataset use --src <file.json>)`,
    );
  }
}

/**
 * The dataset with each inspection's picked sentences inline, after its own findings, as the breakdown shows them once
 * it has loaded their file (picked-findings.ts): a server render cannot wait for a load. Each is read from where the
 * element fetches it, the package's data/findings/<authority>/<event>.json or findings/<authority>/<event>.json beside
 * the --src file, and must be that inspection's, with the counts the dataset gives (validate-section-findings.ts); the
 * whole is then validated as the element would. A file that is missing or does not fit is said; the exit status then.
 * @param {OfstedDataset} dataset
 * @param {RenderOptions} options
 * @param {import('./data-layer.mjs').DataLayer} data
 * @returns {OfstedDataset | number}
 */
function withSectionFindings(dataset, options, data) {
  const home = options.src ? dirname(options.src) : fileURLToPath(new URL('../../data', import.meta.url));
  const events = [];
  for (const event of dataset.events) {
    const counts = event.sectionFindings;
    if (!counts) {
      events.push(event);
      continue;
    }
    const file = join(home, 'findings', dataset.authority.id, `${event.id}.json`);
    /** @type {{ authority?: unknown, event?: unknown, findings?: import('./data-layer.mjs').OfstedDataset['events'][number]['findings'] }} */
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      err(
        `${file}: cannot read the sentences picked from the report of "${event.id}": ${/** @type {Error} */ (error).message}`,
      );
      return 1;
    }
    const picked = Array.isArray(json?.findings) ? json.findings : [];
    const strengths = picked.filter((finding) => finding?.kind === 'strength').length;
    const improvements = picked.filter((finding) => finding?.kind === 'improvement').length;
    if (
      json?.authority !== dataset.authority.id ||
      json?.event !== event.id ||
      strengths !== counts.strengths ||
      improvements !== counts.improvements ||
      strengths + improvements !== picked.length
    ) {
      err(
        `${file}: not the sentences picked from the report of "${event.id}" (${counts.strengths} strengths and ${counts.improvements} areas for improvement, says the dataset)`,
      );
      return 1;
    }
    const { sectionFindings: _counted, ...rest } = event;
    events.push({ ...rest, findings: [...(event.findings ?? []), ...picked] });
  }
  const result = data.validateDataset({ ...dataset, events });
  if (result.ok) return result.dataset;
  for (const issue of result.issues)
    err(`${options.src ?? dataset.authority.id} with its picked sentences: ${issue.message}`);
  return 1;
}

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function render(args) {
  const options = parseRenderArgs(args);
  if (typeof options === 'string') return usageError(options);
  const ssr = await loadSsr();
  if (!ssr) {
    err(SSR_MISSING);
    return 2;
  }
  const data = await loadDataLayer();
  if (!data) return 2;
  const loaded = await datasetFor(options, data);
  if (typeof loaded === 'number') return loaded;
  if (options.event && !loaded.events.some((event) => event.id === options.event)) {
    err(
      `ofsted-widgets: no event "${options.event}" in ${loaded.authority.name}'s data (events: ${loaded.events.map((event) => event.id).join(', ')})`,
    );
    return 1;
  }
  // Only the breakdown (alone or in the journey) shows the picked sentences.
  const dataset = ['breakdown', 'journey'].includes(options.element)
    ? withSectionFindings(loaded, options, data)
    : loaded;
  if (typeof dataset === 'number') return dataset;

  // Registers the element (the journey registers the three it composes) in the server's custom element registry.
  await import(new URL(`../../dist/${options.element}.js`, import.meta.url).href);
  const { width } = options;
  /** Every ofsted element rendered, the journey's parts too: laid out at --width, table open, no download buttons. */
  class StaticRenderer extends ssr.LitElementRenderer {
    /** @override */
    connectedCallback() {
      const element = /** @type {HTMLElement & { showTable?: boolean, noExport?: boolean, layoutWidth?: number }} */ (
        this.element
      );
      if (element.localName !== 'ofsted-journey') {
        element.showTable = true;
        element.noExport = true;
      }
      // The public width to lay out at before any measurement, on the elements that have one (timeline, breakdown).
      if ('layoutWidth' in element) element.layoutWidth = width;
      super.connectedCallback();
    }
  }
  let markup;
  try {
    markup = await ssr.collectResult(
      ssr.render(elementTemplate(ssr, dataset, options), { elementRenderers: [StaticRenderer] }),
    );
  } catch (error) {
    err(
      `ofsted-widgets: could not render <ofsted-${options.element}> for ${dataset.authority.name}: ${/** @type {Error} */ (error)?.message ?? error}`,
    );
    return 1;
  }
  markup = staticMarkup(markup, width);
  const output = options.fragment ? `${markup}\n` : renderDocument(markup, dataset, options.element);

  if (options.out) {
    try {
      writeFileSync(options.out, output);
    } catch (error) {
      err(`ofsted-widgets: cannot write ${options.out}: ${/** @type {Error} */ (error).message}`);
      return 1;
    }
    err(
      `Wrote ${options.out}: <ofsted-${options.element}> for ${dataset.authority.name}, readable without JavaScript.`,
    );
  } else {
    process.stdout.write(output);
  }
  err(renderNote(width));
  return 0;
}

/** What a person pasting the output must know: the width it keeps, and who may paste it. @param {number} width */
export const renderNote = (
  width,
) => `The chart keeps the ${width} px it was laid out at (--width): in a narrower column it scrolls sideways inside the element, so give --width your column's width.
Only accounts allowed to post unfiltered HTML (in WordPress, Administrators and Editors) can paste it: a CMS strips its <template> and <style> for everyone else. WordPress authors can use the ofsted-widgets plugin's block or shortcode instead.`;
