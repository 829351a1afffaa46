import { utcYear } from 'd3-time';
import { formatYear } from '../data/dates.js';
import { TICK_SPACING } from './geometry.js';
import type { TimelineScales } from './scales.js';

export interface YearTick {
  x: number;
  label: string;
  /** The labels at the plot's ends are anchored inward so they stay inside the chart. */
  anchor: 'start' | 'middle' | 'end';
}

/** yearTicks(scales): a tick at each year start, thinned to 1, 2, 5, 10… year steps so labels never collide. */
export function yearTicks({ domain: [start, end], left, right, x }: TimelineScales): YearTick[] {
  const years = Math.round((end - start) / (365.2425 * 864e5));
  const fit = Math.max(1, Math.floor((right - left) / TICK_SPACING));
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => Math.ceil((years + 1) / s) <= fit) ?? 1000;
  return utcYear.every(step)!.range(new Date(start), new Date(end + 1)).map((year) => {
    const tickX = x(year.getTime());
    const anchor = tickX - left < TICK_SPACING / 2 ? 'start' : right - tickX < TICK_SPACING / 2 ? 'end' : 'middle';
    return { x: tickX, label: formatYear(year.getUTCFullYear()), anchor };
  });
}
