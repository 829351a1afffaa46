import type { Finding, FindingKind, OfstedEvent } from '../data/types.js';
import {
  awaitedGroups,
  countKinds,
  groupFindings,
  NO_AREA,
  parseKindFilter,
  type AreaGroup,
  type KindCounts,
} from './areas.js';
import { COLUMN_GAP, ROW_INSET } from './bar-metrics.js';

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
  /** The bars' text size in px that counts were sized for. */
  fontSize: number;
  /** Below NARROW, each area's name sits above its bar instead of beside it. */
  narrow: boolean;
  /** Width of the names' column beside the bars; 0 when narrow. */
  labelWidth: number;
  /** Where the bars are drawn, in pixels from the element's left edge; `centre` is from the track's left edge. */
  track: { left: number; width: number; centre: number };
  /** Pixels per finding, the same on both sides of the centre line: the largest bars reach the track's ends. */
  unit: number;
  /** The filters in force: an unrecognised `kind` counts as every kind. */
  filters: { kind?: FindingKind; area?: string };
  /** Every area with findings, before filters: the area filter's choices. */
  groups: AreaGroup[];
  /** The bars the filters leave, in `groups` order; areas with nothing left are dropped. */
  bars: Bar[];
  /**
   * Ofsted's own list of what needs to improve (the recommendations), in the data's order, that the filters leave:
   * shown as Ofsted's list, apart from the bars of strengths and areas for improvement.
   */
  list: Finding[];
  /**
   * While the inspection's picked sentences load (`awaitingPicked`), the areas they will fill that the filters leave,
   * each drawn as a row without bars so the chart already has its height; else empty.
   */
  awaited: AreaGroup[];
  /** Counts over the bars shown, and (while they load) the picked sentences' counts the filters leave. */
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
  /** The bars' text in px (0.875em of the element's: 14 on a 16px page); counts are sized for it. */
  fontSize?: number;
  /** True while the event's picked sentences (counted by its `sectionFindings`) are on their way. */
  awaitingPicked?: boolean;
}

export { ROW_INSET };
/** Below this width, names go above bars. */
export const NARROW = 480;
/** The names' column takes about a third of the width, within these bounds. */
const LABEL_SHARE = 0.32;
const MIN_LABEL_WIDTH = 120;
const MAX_LABEL_WIDTH = 260;
/** The bars' text at a page's default size. */
export const DEFAULT_FONT_SIZE = 14;
/**
 * A count's chip in ems of its text, as breakdown.styles.ts draws it: 0.6em a (tabular, bold) digit, 0.3em padding
 * each side, and beyond its bar a 0.5em swatch of its kind and 0.25em gap, so two counts side by side cannot be confused.
 */
const DIGIT_EMS = 0.6;
const CHIP_PADDING_EMS = 0.6;
const CHIP_SWATCH_EMS = 0.75;
const LABEL_GAP = 3;

/**
 * layoutBreakdown(event, {width, kind, area, fontSize}): the bars of a diverging chart of the event's findings by
 * area, the scale fitted to the data so the longest bars reach the track's ends and counts of 1 or 2 are still
 * bars you can see. Pure: data and numbers in, numbers out. Room for counts beyond the bars' ends is reserved
 * before scaling, so every bar and count stays inside the width.
 */
export function layoutBreakdown(
  event: OfstedEvent,
  { width, kind, area, fontSize = DEFAULT_FONT_SIZE, awaitingPicked = false }: BreakdownOptions,
): BreakdownLayout {
  const kindFilter = parseKindFilter(kind);
  const areaFilter = area || undefined;
  const all = event.findings ?? [];
  const groups = groupFindings(
    event,
    all.filter((finding) => finding.kind !== 'recommendation'),
  );
  const inArea = (finding: Finding) => !areaFilter || (finding.area ?? NO_AREA) === areaFilter;
  const list =
    !kindFilter || kindFilter === 'recommendation'
      ? all.filter((finding) => finding.kind === 'recommendation' && inArea(finding))
      : [];
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

  const largest = (value: (counts: KindCounts) => number) =>
    shown.reduce((max, { counts }) => Math.max(max, value(counts)), 0);
  const maxLeft = largest((counts) => counts.strength);
  const maxRight = largest((counts) => counts.improvement + counts.recommendation);
  const chip = (count: number, inside: boolean) => chipWidth(count, inside, fontSize);
  const total = maxLeft + maxRight;
  // Room beyond the bars' ends only for the counts too wide for their segments at the scale that room leaves.
  // A smaller scale pushes more counts outside, so the room only grows: a few rounds settle it, and a check after
  // falls back to room for every count (still inside the width) in the rare case they do not.
  const roomAt = (unit: number) => ({
    left: largest((counts) =>
      counts.strength && !fits(counts.strength, unit, chip) ? chip(counts.strength, false) + LABEL_GAP : 0,
    ),
    right: largest((counts) =>
      outsideRoom(
        [counts.improvement, counts.recommendation].filter((count) => !fits(count, unit, chip)),
        chip,
      ),
    ),
  });
  const scaleFor = (room: { left: number; right: number }) =>
    total ? Math.max(0, trackWidth - room.left - room.right) / total : 0;
  let room = roomAt(scaleFor({ left: 0, right: 0 }));
  for (let round = 0; round < 4; round++) room = roomAt(scaleFor(room));
  const needed = roomAt(scaleFor(room));
  if (needed.left > room.left || needed.right > room.right) {
    room = {
      left: maxLeft ? chip(maxLeft, false) + LABEL_GAP : 0,
      right: largest((counts) => outsideRoom([counts.improvement, counts.recommendation], chip)),
    };
  }
  const unit = scaleFor(room);
  const centre = room.left + maxLeft * unit;

  const bars: Bar[] = shown.map((bar) => ({ ...bar, segments: placeSegments(bar.counts, centre, unit, chip) }));
  const awaited =
    awaitingPicked && event.sectionFindings && kindFilter !== 'recommendation'
      ? awaitedGroups(event, groups).filter((group) => !areaFilter || group.key === areaFilter)
      : [];
  const totals = countKinds(bars.flatMap((bar) => bar.findings));
  if (awaited.length) {
    const counts = event.sectionFindings;
    if (kindFilter !== 'improvement') totals.strength += counts?.strengths ?? 0;
    if (kindFilter !== 'strength') totals.improvement += counts?.improvements ?? 0;
  }
  return {
    width,
    fontSize,
    narrow,
    labelWidth,
    track: { left: trackLeft, width: trackWidth, centre },
    unit,
    filters: { kind: kindFilter, area: areaFilter },
    groups,
    bars,
    list,
    awaited,
    totals,
    allTotals: countKinds(event.findings ?? []),
  };
}

/** Strengths from the centre leftward; improvements then recommendations from the centre rightward. */
type ChipWidth = (count: number, inside: boolean) => number;

function placeSegments(counts: KindCounts, centre: number, unit: number, chip: ChipWidth): BarSegment[] {
  const segments: BarSegment[] = [];
  if (counts.strength) {
    const width = counts.strength * unit;
    const x = centre - width;
    const inside = fits(counts.strength, unit, chip);
    segments.push({
      kind: 'strength',
      count: counts.strength,
      x,
      width,
      stacked: false,
      label: {
        text: String(counts.strength),
        x: inside ? x + width / 2 : x - LABEL_GAP,
        anchor: inside ? 'middle' : 'end',
        inside,
      },
    });
  }
  let cursor = centre;
  let outsideX = centre + (counts.improvement + counts.recommendation) * unit + LABEL_GAP;
  for (const kind of ['improvement', 'recommendation'] as const) {
    const count = counts[kind];
    if (!count) continue;
    const width = count * unit;
    const inside = fits(count, unit, chip);
    const label: CountLabel = inside
      ? { text: String(count), x: cursor + width / 2, anchor: 'middle', inside }
      : { text: String(count), x: outsideX, anchor: 'start', inside };
    if (!inside) outsideX += chip(count, false) + LABEL_GAP;
    segments.push({ kind, count, x: cursor, width, stacked: cursor > centre, label });
    cursor += width;
  }
  return segments;
}

/** Room beyond a bar's end for the counts that might not fit inside their segments. */
function outsideRoom(counts: number[], chip: ChipWidth): number {
  return counts.filter(Boolean).reduce((room, count) => room + chip(count, false) + LABEL_GAP, 0);
}

/** Whether `count` written on its segment fits inside it at `unit` pixels per finding. */
function fits(count: number, unit: number, chip: ChipWidth): boolean {
  return count * unit >= chip(count, true) + 2;
}

/** The width a count's chip needs at `fontSize` px: inside its segment, or beyond the bar with its kind's swatch. */
export function chipWidth(count: number, inside: boolean, fontSize = DEFAULT_FONT_SIZE): number {
  return (String(count).length * DIGIT_EMS + CHIP_PADDING_EMS + (inside ? 0 : CHIP_SWATCH_EMS)) * fontSize;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
