// Titles and one-line summaries: what the event was, in the sources' terms, and where its date comes from.
import { provenance } from './inputs.mjs';
import { overallPhrase } from './judgements.mjs';
import { MONTHS } from './words.mjs';

const months = MONTHS.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
/** "29 June 2026", without Intl, whose output can vary with the ICU data a Node build carries. */
export const longDate = (iso) =>
  `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Inspection of local authority children’s services (ILACS, short)"; a predecessor's inspection says whose. */
export function titleOf(record, predecessor) {
  const whose = predecessor ? `${predecessor}’s ` : '';
  const tag = (detail) =>
    predecessor ? ` (predecessor council${detail ? `; ${detail}` : ''})` : detail ? ` (${detail})` : '';
  const theme = record.theme ? lowerFirst(record.theme) : null;
  switch (record.type) {
    case 'slac':
      return `Inspection of ${whose}safeguarding and looked after children services${tag()}`;
    case 'slac-re-safeguarding':
      return `Re-inspection of ${whose}safeguarding services${tag()}`;
    case 'slac-re-lac':
      return `Re-inspection of ${whose}services for looked after children${tag()}`;
    case 'cpi':
      return `Inspection of ${whose}child protection services${tag()}`;
    case 'cpri':
      return `Re-inspection of ${whose}child protection services${tag()}`;
    case 'tlac':
      return `Inspection of ${whose}services for looked after children${tag()}`;
    case 'sif':
      return `Inspection of ${whose}children’s services${tag('SIF')}`;
    case 'sif-re':
      return `Re-inspection of ${whose}children’s services${tag('SIF')}`;
    case 'ilacs-standard':
    case 'ilacs-short':
      return `Inspection of ${whose || 'local authority '}children’s services${tag(`ILACS, ${record.type.slice(6)}`)}`;
    case 'focused-visit':
    case 'monitoring-visit':
    case 'joint-targeted-area-inspection': {
      const name =
        { 'focused-visit': 'Focused visit', 'monitoring-visit': 'Monitoring visit' }[record.type] ??
        'Joint targeted area inspection';
      return `${name}${predecessor ? ` to ${predecessor}` : ''}${tag(theme)}`;
    }
    default:
      throw new Error(`no title for ${record.type}`);
  }
}

const whatItWas = {
  slac: 'An inspection of safeguarding and of services for looked after children, under the framework before the single inspection framework, with no overall judgement.',
  'slac-re-safeguarding':
    'A re-inspection of safeguarding services, under the framework before the single inspection framework.',
  'slac-re-lac':
    'A re-inspection of services for looked after children, under the framework before the single inspection framework.',
  cpi: 'An inspection of child protection services, under the framework before the single inspection framework.',
  cpri: 'A re-inspection of child protection services, under the framework before the single inspection framework.',
  tlac: 'A targeted inspection of services for looked after children, under the framework before the single inspection framework.',
};

function graded(record, judgements, fromReport) {
  const overall = overallPhrase(judgements);
  const kind = {
    sif: 'An inspection under the single inspection framework',
    'sif-re': 'A re-inspection under the single inspection framework',
    'ilacs-standard': 'A standard inspection under ILACS',
    'ilacs-short': 'A short inspection under ILACS',
  }[record.type];
  if (overall) return `${kind}: ${overall}.`;
  if (record.source !== 'ofsted-scrape') return `${kind}.`;
  return fromReport
    ? `${kind}; the report gives no overall effectiveness grade (Ofsted stopped giving one in April 2026).`
    : `${kind}; the scrape records no overall effectiveness grade for it.`;
}

/** The summary: what it was, then where its date or facts come from when that is not the statistics' full story. */
export function summaryOf(record, { judgements, predecessor, authorityName, endFromReport, fromReport }) {
  const parts = [];
  if (whatItWas[record.type]) parts.push(whatItWas[record.type]);
  else if (record.type.endsWith('visit')) {
    const name = record.type === 'focused-visit' ? 'A focused visit' : 'A monitoring visit';
    parts.push(`${name}${record.theme ? ` (theme: ${lowerFirst(record.theme)})` : ''}; visits are not graded.`);
    parts.push(
      record.published
        ? 'Ofsted’s statistics give one date for the visit, and the date its letter was published.'
        : 'Ofsted’s statistics give one date for the visit.',
    );
  } else parts.push(graded(record, judgements, fromReport));
  if (fromReport) {
    parts.push(
      `Its dates and grades come from Ofsted’s report, published after Ofsted’s official statistics, which run to ${longDate(provenance.statisticsUpTo)}.`,
    );
  } else if (record.source === 'ofsted-scrape') {
    parts.push(
      `Its dates and grades come from a scrape of Ofsted’s website, not from Ofsted’s official statistics, which run to ${longDate(provenance.statisticsUpTo)}.`,
    );
  } else if (record.type.startsWith('ilacs') && !endFromReport) {
    parts.push('Ofsted’s statistics give its start date only.');
  }
  if (predecessor) parts.push(`The council inspected was ${predecessor}, a predecessor of ${authorityName}.`);
  return parts.join(' ');
}

export const publicationMonthNote =
  'Ofsted’s statistics give only the report’s publication date, so the month shown is when the report was published, not when the inspection took place.';
