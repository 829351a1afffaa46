import { expect } from '@open-wc/testing';
import {
  barSegments,
  HEX_SIZE,
  hexMapLayout,
  markPath,
  nearestInDirection,
  seriesColumns,
  seriesLine,
  typeAhead,
} from './layout.js';
import { checkEngland, type Council } from './national-data.js';
import { countByKey, standingAt } from './standing.js';

/** A council with only what a test needs. */
const council = (name: string, q: number, r: number, inspections: string[] = []): Council =>
  checkEngland({
    sources: [{ id: 's', title: 'Statistics' }],
    regions: [{ code: 'E12000001', name: 'North East' }],
    authorities: [[name, 0, q, r, [], inspections.join(',')]],
    series: { rows: [] },
    dataUpTo: '2026-06-30',
    statisticsUpTo: '2025-03-31',
  }).councils[0]!;

describe('hexMapLayout(councils)', () => {
  it('puts odd rows half a hexagon right, and the highest row at the top', () => {
    const { hexes, width, height } = hexMapLayout([
      { q: 0, r: 0 },
      { q: 0, r: 1 },
      { q: 1, r: 0 },
    ]);
    const w = Math.sqrt(3) * HEX_SIZE;
    expect(hexes[1]!.x - hexes[0]!.x).to.be.closeTo(w / 2, 0.1);
    expect(hexes[2]!.x - hexes[0]!.x).to.be.closeTo(w, 0.1);
    expect(hexes[0]!.y - hexes[1]!.y).to.be.closeTo(1.5 * HEX_SIZE, 0.1);
    expect(hexes[1]!.y).to.equal(HEX_SIZE);
    expect(width).to.be.closeTo(2.5 * w, 0.1);
    expect(height).to.equal(2 * HEX_SIZE + 1.5 * HEX_SIZE);
    expect(hexes[0]!.points.split(' ')).to.have.length(6);
  });
});

describe('markPath(key, x, y)', () => {
  it('centres a disc, a bar or a cross on the hexagon, and gives Good and no grade none', () => {
    expect(markPath('outstanding', 10, 20)).to.equal('M6.8,20a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z');
    expect(markPath('requires-improvement', 10, 20)).to.equal('M5.8,18.7h8.32v2.56h-8.32Z');
    expect(markPath('inadequate', 10, 20)).to.equal('M6.8,16.8l6.4,6.4m0,-6.4l-6.4,6.4');
    expect(markPath('good', 10, 20)).to.equal('');
    expect(markPath('none', 10, 20)).to.equal('');
  });
});

describe('nearestInDirection(hexes, from, direction)', () => {
  // A row of three, with one hexagon above the middle one and another two rows below it.
  const { hexes } = hexMapLayout([
    { q: 0, r: 2 },
    { q: 1, r: 2 },
    { q: 2, r: 2 },
    { q: 1, r: 3 },
    { q: 1, r: 0 },
    { q: 0, r: 1 },
  ]);
  it('moves along the row to the adjoining hexagon', () => {
    expect(nearestInDirection(hexes, 1, 'left')).to.equal(0);
    expect(nearestInDirection(hexes, 1, 'right')).to.equal(2);
  });
  it('prefers an adjoining hexagon on the slant to one two rows straight down', () => {
    expect(nearestInDirection(hexes, 1, 'down')).to.equal(5);
    expect(nearestInDirection(hexes, 1, 'up')).to.equal(3);
  });
  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection(hexes, 2, 'right')).to.equal(2);
  });
});

describe('typeAhead(names, current, typed)', () => {
  const names = ['Barnet', 'Barnsley', 'Bath', 'Leeds', 'Luton'];
  it('finds the first name starting with what was typed, from the current one on', () => {
    expect(typeAhead(names, 0, 'bath')).to.equal(2);
    expect(typeAhead(names, 3, 'lee')).to.equal(3);
    expect(typeAhead(names, 4, 'bar')).to.equal(0);
  });
  it('steps through the names with one letter when the letter is typed again', () => {
    expect(typeAhead(names, 0, 'b')).to.equal(1);
    expect(typeAhead(names, 1, 'bb')).to.equal(2);
    expect(typeAhead(names, 4, 'l')).to.equal(3);
  });
  it('gives -1 when no name matches', () => {
    expect(typeAhead(names, 0, 'x')).to.equal(-1);
  });
});

describe('barSegments(keys, counts)', () => {
  it('gives each key with councils its share of the bar, leaving out empty ones', () => {
    expect(barSegments(['a', 'b', 'c'], [1, 0, 3])).to.deep.equal([
      { key: 'a', count: 1, share: 25 },
      { key: 'c', count: 3, share: 75 },
    ]);
  });
});

describe('seriesColumns(rows) and seriesLine(columns, keys)', () => {
  const columns = seriesColumns([
    [2014, 1, 1, 1, 1, 4, 0],
    [2015, 2, 2, 2, 2, 0, 0],
  ]);
  it('stacks Inadequate at the bottom, then up to Outstanding, councils without an overall grade on top', () => {
    expect(columns[0]!.segments.map((s) => [s.key, s.share])).to.deep.equal([
      ['inadequate', 12.5],
      ['requires-improvement', 12.5],
      ['good', 12.5],
      ['outstanding', 12.5],
      ['none', 50],
    ]);
  });
  it("puts the council's point in the middle of its grade's segment, and breaks the line where it has none", () => {
    expect(seriesLine(columns, ['none', 'good'])).to.deep.equal([
      { x: 25, y: 25 },
      { x: 75, y: 37.5 },
    ]);
    expect(seriesLine(columns, [undefined, 'inadequate'])).to.deep.equal([null, { x: 75, y: 87.5 }]);
  });
});

describe('standingAt(council, judgement, asOf)', () => {
  const brent = council('Brent', 0, 0, ['2023-04-11 50 GGGGG 0', '2026-06-17 51 -GGGG 0']);
  it('says no overall grade for an inspection under the April 2026 framework, and keeps its other grades', () => {
    expect(standingAt(brent, 'overall-effectiveness', '2026-06-30')).to.include({
      grade: null,
      reason: 'no-overall-grade',
    });
    expect(standingAt(brent, 'leadership', '2026-06-30').grade).to.equal('good');
  });
  it('gives the grade as it stood on an earlier day, from reports published by then', () => {
    expect(standingAt(brent, 'overall-effectiveness', '2026-06-16').grade).to.equal('good');
    expect(standingAt(brent, 'overall-effectiveness', '2023-04-10')).to.include({
      grade: null,
      reason: 'not-yet-inspected',
    });
  });
  it('says not judged for a judgement the latest inspection did not make', () => {
    const leeds = council('Leeds', 0, 0, ['2018-12-18 50 OOOG 0']);
    expect(standingAt(leeds, 'care-leavers', '2026-06-30')).to.include({ grade: null, reason: 'not-judged' });
    expect(
      countByKey([standingAt(leeds, 'care-leavers', '2026-06-30'), standingAt(brent, 'leadership', '2026-06-30')]),
    ).to.deep.equal([0, 1, 0, 0, 1]);
  });
  it("reads an inspection's first day from its publication date and the days between", () => {
    expect(brent.inspections[0]!.firstDay).to.equal('2023-02-20');
  });
});

describe('checkEngland(raw)', () => {
  it('refuses what is not a national file with a DatasetError that says where', () => {
    expect(() => checkEngland({ sources: [], regions: [], authorities: 'x' })).to.throw(
      /\$\.authorities is not a list/,
    );
    expect(() => checkEngland(null)).to.throw(/\$ is not an object/);
    expect(() => council('Leeds', 0, 0, ['2018-12-18 50 XYZ 0'])).to.throw(/cannot be read/);
  });
});
