import { utcYear } from 'd3-time';
import { formatYear } from '../data/dates.js';
import { textWidth } from './label-placement.js';
import type { TimelineScales } from './scales.js';

export interface YearTick {
  x: number;
  label: string;
  /** The labels at the plot's ends are anchored inward so they stay inside the chart. */
  anchor: 'start' | 'middle' | 'end';
}

/**
 * yearTicks(scales): a tick at each year start, thinned to 1, 2, 5, 10… year steps so labels never collide. Ticks
 * are a year label and a half apart (plus half an em), so a label anchored inward at a plot end still clears a
 * centred neighbour; the spacing follows the text's size.
 */
export function yearTicks({ domain: [start, end], left, right, x, text }: TimelineScales): YearTick[] {
  const years = Math.round((end - start) / (365.2425 * 864e5));
  const yearWidth = textWidth('0000', text.regular, text);
  const fit = Math.max(1, Math.floor((right - left) / (1.5 * yearWidth + text.fontSize / 2)));
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => Math.ceil((years + 1) / s) <= fit) ?? 1000;
  const starts = utcYear.every(step)!.range(new Date(start), new Date(end + 1));
  // A step wider than the range (large text in a narrow chart) can skip every year in it: keep the first.
  return (starts.length ? starts : [new Date(start)]).map((year) => {
    const tickX = x(year.getTime());
    const anchor = tickX - left < yearWidth / 2 ? 'start' : right - tickX < yearWidth / 2 ? 'end' : 'middle';
    return { x: tickX, label: formatYear(year.getUTCFullYear()), anchor };
  });
}
