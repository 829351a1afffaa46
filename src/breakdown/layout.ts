import type { Finding, FindingKind, OfstedEvent } from '../data/types.js';
import { countKinds, groupFindings, parseKindFilter, type AreaGroup, type KindCounts } from './areas.js';
import { COLUMN_GAP, DIGIT_WIDTH, ROW_INSET } from './bar-metrics.js';

/** A count drawn on a bar: inside its segment when it fits, else just beyond the bar's end on that side. */
export interface CountLabel {
  text: string;
  /** Position along the track, in pixels from the track's left edge. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
  inside: boolean;
}

/** One kind's part of a bar. Strengths extend left of the centre line; improvements then recommendations right. */
export interface BarSegment {
  kind: FindingKind;
  count: number;
  /** Left edge and width along the track, in pixels. */
  x: number;
  width: number;
  /** True when the segment starts where another ends (drawn with a gap so the two stay apart). */
  stacked: boolean;
  label: CountLabel;
}

/** One area's bar, after the filters. */
export interface Bar {
  group: AreaGroup;
  /** The area's findings that pass the kind filter, in the data's order. */
  findings: Finding[];
  counts: KindCounts;
  /** Segments with at least one finding. */
  segments: BarSegment[];
}

export interface BreakdownLayout {
  width: number;
  /** Below NARROW, each area's name sits above its bar instead of beside it. */
  narrow: boolean;
  /** Width of the names' column beside the bars; 0 when narrow. */
  labelWidth: number;
  /** Where the bars are drawn, in pixels from the element's left edge; `centre` is from the track's left edge. */
  track: { left: number; width: number; centre: number };
  /** Pixels per finding, the same on both sides of the centre line. */
  unit: number;
  /** The filters in force: an unrecognised `kind` counts as every kind. */
  filters: { kind?: FindingKind; area?: string };
  /** Every area with findings, before filters: the area filter's choices. */
  groups: AreaGroup[];
  /** The bars the filters leave, in `groups` order; areas with nothing left are dropped. */
  bars: Bar[];
  /** Counts over the bars shown. */
  totals: KindCounts;
  /** Counts over the whole event, before filters. */
  allTotals: KindCounts;
}

export interface BreakdownOptions {
  width: number;
  /** The `kind` attribute: a finding kind, or empty for all. */
  kind?: string | null;
  /** The `area` attribute: an area id, NO_AREA, or empty for all. */
  area?: string | null;
}

export { ROW_INSET };
/** Below this width, names go above bars. */
export const NARROW = 480;
/** The names' column takes about a third of the width, within these bounds. */
const LABEL_SHARE = 0.32;
const MIN_LABEL_WIDTH = 120;
const MAX_LABEL_WIDTH = 260;
/** At most this many pixels per finding, so a handful of findings do not fill a wide screen. */
const MAX_UNIT = 48;
/** A count's chip: DIGIT_WIDTH a digit, plus padding; and the gap beside a bar. */
const CHIP_PADDING = 8;
/** A count beyond its bar carries a small swatch of its kind, so two counts side by side cannot be confused. */
const CHIP_SWATCH = 10;
const LABEL_GAP = 3;

/**
 * layoutBreakdown(event, {width, kind, area}): the bars of a diverging chart of the event's findings by area,
 * scaled to fit `width`. Pure: data and numbers in, numbers out. Room for counts beyond the bars' ends is
 * reserved before scaling, so every bar and count stays inside the width.
 */
export function layoutBreakdown(event: OfstedEvent, { width, kind, area }: BreakdownOptions): BreakdownLayout {
  const kindFilter = parseKindFilter(kind);
  const areaFilter = area || undefined;
  const groups = groupFindings(event);
  const shown = groups
    .filter((group) => !areaFilter || group.key === areaFilter)
    .map((group) => {
      const findings = group.findings.filter((finding) => !kindFilter || finding.kind === kindFilter);
      return { group, findings, counts: countKinds(findings) };
    })
    .filter((bar) => bar.findings.length > 0);

  const narrow = width < NARROW;
  const labelWidth = narrow ? 0 : clamp(Math.round(width * LABEL_SHARE), MIN_LABEL_WIDTH, MAX_LABEL_WIDTH);
  const trackLeft = ROW_INSET + (narrow ? 0 : labelWidth + COLUMN_GAP);
  const trackWidth = Math.max(0, width - ROW_INSET - trackLeft);

  const largest = (value: (counts: KindCounts) => number) => shown.reduce((max, { counts }) => Math.max(max, value(counts)), 0);
  const maxLeft = largest((counts) => counts.strength);
  const maxRight = largest((counts) => counts.improvement + counts.recommendation);
  const roomLeft = maxLeft ? chipWidth(maxLeft, false) + LABEL_GAP : 0;
  const roomRight = largest((counts) => outsideRoom([counts.improvement, counts.recommendation]));
  const available = Math.max(0, trackWidth - roomLeft - roomRight);
  const total = maxLeft + maxRight;
  const unit = total ? Math.min(MAX_UNIT, available / total) : 0;
  const spare = available - unit * total;
  const centre = roomLeft + maxLeft * unit + spare / 2;

  const bars: Bar[] = shown.map((bar) => ({ ...bar, segments: placeSegments(bar.counts, centre, unit) }));
  return {
    width,
    narrow,
    labelWidth,
    track: { left: trackLeft, width: trackWidth, centre },
    unit,
    filters: { kind: kindFilter, area: areaFilter },
    groups,
    bars,
    totals: countKinds(bars.flatMap((bar) => bar.findings)),
    allTotals: countKinds(event.findings ?? []),
  };
}

/** Strengths from the centre leftward; improvements then recommendations from the centre rightward. */
function placeSegments(counts: KindCounts, centre: number, unit: number): BarSegment[] {
  const segments: BarSegment[] = [];
  if (counts.strength) {
    const width = counts.strength * unit;
    const x = centre - width;
    const inside = fits(counts.strength, width);
    segments.push({
      kind: 'strength',
      count: counts.strength,
      x,
      width,
      stacked: false,
      label: { text: String(counts.strength), x: inside ? x + width / 2 : x - LABEL_GAP, anchor: inside ? 'middle' : 'end', inside },
    });
  }
  let cursor = centre;
  let outsideX = centre + (counts.improvement + counts.recommendation) * unit + LABEL_GAP;
  for (const kind of ['improvement', 'recommendation'] as const) {
    const count = counts[kind];
    if (!count) continue;
    const width = count * unit;
    const inside = fits(count, width);
    const label: CountLabel = inside
      ? { text: String(count), x: cursor + width / 2, anchor: 'middle', inside }
      : { text: String(count), x: outsideX, anchor: 'start', inside };
    if (!inside) outsideX += chipWidth(count, false) + LABEL_GAP;
    segments.push({ kind, count, x: cursor, width, stacked: cursor > centre, label });
    cursor += width;
  }
  return segments;
}

/** Room beyond a bar's end for the counts that might not fit inside their segments. */
function outsideRoom(counts: number[]): number {
  return counts.filter(Boolean).reduce((room, count) => room + chipWidth(count, false) + LABEL_GAP, 0);
}

/** The width a count's chip needs: inside its segment, or beyond the bar with its kind's swatch. */
export function chipWidth(count: number, inside: boolean): number {
  return String(count).length * DIGIT_WIDTH + CHIP_PADDING + (inside ? 0 : CHIP_SWATCH);
}

function fits(count: number, width: number): boolean {
  return width >= chipWidth(count, true) + 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
