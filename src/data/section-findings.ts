import { DatasetError } from './dataset-error.js';
import { AUTHORITY_IDS } from './authority-ids.js';
import { homeOf } from './dataset-homes.js';
import { fetchJson } from './fetch-json.js';
import { importFindingsFile } from './findings-files.js';
import type { Finding, OfstedDataset, OfstedEvent } from './types.js';
import { validateSectionFindings } from './validate-section-findings.js';

/** Loads in flight or done, by dataset and event id: every element showing one inspection shares one. */
const loads = new WeakMap<OfstedDataset, Map<string, Promise<Finding[]>>>();

/** Whether the data says sentences were picked from this inspection's judgement sections (a file of their own). */
export function hasSectionFindings(event: OfstedEvent): boolean {
  const counts = event.sectionFindings;
  return !!counts && counts.strengths + counts.improvements > 0;
}

/**
 * The sentences picked from `event`'s judgement sections, validated against the dataset, loaded once a page. They are
 * a file of their own beside the dataset's: the package's `data/findings/<authority>/<event>.json` (a lazy chunk of
 * the npm build, a fetch beside the CDN file), or `findings/<authority>/<event>.json` beside a `src` file. Rejects
 * with a DatasetError; a failed load is tried again by the next caller.
 */
export function loadSectionFindings(dataset: OfstedDataset, event: OfstedEvent): Promise<Finding[]> {
  let byEvent = loads.get(dataset);
  if (!byEvent) loads.set(dataset, (byEvent = new Map()));
  let loading = byEvent.get(event.id);
  if (!loading) {
    loading = load(dataset, event);
    loading.catch(() => byEvent.delete(event.id));
    byEvent.set(event.id, loading);
  }
  return loading;
}

async function load(dataset: OfstedDataset, event: OfstedEvent): Promise<Finding[]> {
  const home = homeOf(dataset);
  const authority = dataset.authority.id;
  const name = `findings/${authority}/${event.id}.json`;
  // Data given as an object has no address; a copy of one of the package's own councils finds its sentences where
  // the package keeps them (validated against the object's counts like any other).
  const shipped = home === true || (home === undefined && AUTHORITY_IDS.includes(authority));
  if (home === undefined && !shipped) {
    throw new DatasetError(`The sentences picked from the report of "${event.id}" are in a file of their own (${name}), which data given as an object has no address for.`, 'fetch');
  }
  let url: string | undefined;
  let json: unknown;
  try {
    if (shipped) {
      json = await importFindingsFile(authority, event.id);
    } else {
      url = new URL(name, new URL(home as string, globalThis.document?.baseURI)).href;
      json = await fetchJson(url);
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(`Could not load the sentences picked from the report of "${event.id}" (${url ?? name}): ${String((error as Error)?.message ?? error)}`, 'fetch', { url });
  }
  const result = validateSectionFindings(json, dataset, event);
  if (result.ok) return result.findings;
  const count = result.issues.length;
  throw new DatasetError(
    `The file ${url ?? name} does not follow the section findings schema (${count} problem${count === 1 ? '' : 's'}).`,
    'invalid',
    { url, issues: result.issues },
  );
}
