// @ts-check
/// <reference types="node" />
// `list [--region <region>]`: the authority index, one authority a line.
import { loadDataLayer } from './data-layer.mjs';
import { out, usageError } from './output.mjs';

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function list(args) {
  /** @type {string | undefined} */
  let region;
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (args[i] === '--region' && next !== undefined) {
      region = next;
      i++;
    } else {
      return usageError(args[i] === '--region' ? '--region needs a value' : `unknown option ${args[i]}`);
    }
  }
  const data = await loadDataLayer();
  if (!data) return 2;
  const index = await data.loadAuthorityIndex();
  const regions = [...new Set(index.authorities.map((authority) => authority.region))].sort();
  const wanted =
    region === undefined ? undefined : regions.find((name) => name.toLowerCase() === region.trim().toLowerCase());
  if (region !== undefined && !wanted) return usageError(`no region "${region}" (regions: ${regions.join(', ')})`);
  const rows = index.authorities.filter((authority) => !wanted || authority.region === wanted);
  const idWidth = Math.max(...rows.map((authority) => authority.id.length));
  const nameWidth = Math.max(...rows.map((authority) => authority.name.length));
  for (const authority of rows) {
    const span = authority.date ? data.parseDateSpan(authority.date) : null;
    const latest =
      authority.grade && span
        ? `${data.gradeLabel(authority.grade)} (${data.formatDateSpan(span)})`
        : 'no overall grade';
    out(`${authority.id.padEnd(idWidth)}  ${authority.name.padEnd(nameWidth)}  ${authority.region}: ${latest}`);
  }
  out(
    `${rows.length} authorit${rows.length === 1 ? 'y' : 'ies'}; data to ${index.dataUpTo} (Ofsted's statistics to ${index.statisticsUpTo})`,
  );
  return 0;
}
