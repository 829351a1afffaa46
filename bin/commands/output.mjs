// @ts-check
/// <reference types="node" />
// What the command prints: every line made visible, every failure one line, and the usage text.
import { ELEMENTS } from './elements.mjs';

/**
 * Control characters (C0, DEL, C1) and bidirectional formatting characters: printed raw, a file's text could move the
 * cursor, rewrite a line, forge another or reverse what follows (`valid` shown over an exit code of 1).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this strips from a terminal's output
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** @type {Record<string, string>} */
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print as (part of) one line: each unsafe character written as an escape, e.g. \u001b, \n, \u202e.
 * @param {unknown} text
 */
export function visible(text) {
  return String(text).replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line to standard output, made visible. @param {unknown} line */
export const out = (line) => process.stdout.write(`${visible(line)}\n`);
/** One line to standard error, made visible. @param {unknown} line */
export const err = (line) => process.stderr.write(`${visible(line)}\n`);

/**
 * An unexpected failure: one readable line, never a stack trace, and exit status 1.
 * @param {unknown} error
 * @returns {never}
 */
export function fail(error) {
  const message =
    error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  err(`ofsted-widgets: ${message.split('\n')[0]}`);
  process.exit(1);
}

/** The element names as the usage lists them: "timeline, scorecard, breakdown or journey". */
const elementNames = ELEMENTS.map((element) => element.name)
  .join(', ')
  .replace(/, (?=[^,]*$)/, ' or ');

export const USAGE = `Usage:
  ofsted-widgets validate <file.json>...   check dataset files against the schema the elements use
  ofsted-widgets init [file]               write a starter dataset (default my-council.json)
  ofsted-widgets list [--region <region>]  list every authority with data: id, name, region, latest grade
  ofsted-widgets render --element <name> [options]
                                           write an element as static HTML that needs no JavaScript
  ofsted-widgets --help                    show this help
  ofsted-widgets --version                 show the package version

validate prints "file: valid (N events)" or one line per problem, "file: <path>: <problem>",
and exits 1 when any file has a problem, 2 on a usage error. A valid file that is still the init
starter (marked fictional, or saying "replace me") gets a warning line for each.

render options:
  --element <name>     ${elementNames} (required)
  --authority <name>   an authority with data: id, name, ONS code, LA number or URN
  --src <file.json>    a local dataset file, validated first; wins over --authority
                       (one of --authority and --src is required)
  --event <id>         the event to show or highlight
  --width <px>         the width of the column it goes in (default 720): the chart keeps this width, and in a
                       narrower column scrolls sideways inside the element
  --out <file>         write to a file instead of stdout
  --fragment           only the element's markup, to paste into a page or CMS (default: a whole HTML document)
render writes the summary, the table (open) and the chart in a <template shadowrootmode="open">, with the
element's styles and without the download buttons. It needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr
Only accounts allowed to post unfiltered HTML can paste its output (in WordPress, Administrators and Editors): a
CMS strips its <template> and <style> for everyone else. WordPress authors can use the ofsted-widgets plugin's
block or shortcode instead (integrations/wordpress/).`;

/**
 * A usage error: the message, then the usage, on standard error; exit status 2.
 * @param {string} message
 */
export function usageError(message) {
  err(`ofsted-widgets: ${message}`);
  process.stderr.write(`\n${USAGE}\n`);
  return 2;
}
