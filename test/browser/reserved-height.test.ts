/**
 * Issue 15, item 1: room a page reserves for the timeline (a min-height on the tag, as the README's paste carries)
 * holds from the page's first paint to the drawn chart, so nothing after it moves. Issue 24: the chart is drawn at its
 * own height inside the room (no measuring and drawing again to fill it).
 * Each case paints the element while its data is held back (a gated fetch), then lets the data through.
 */
import { expect } from '@open-wc/testing';
import type { OfstedTimeline } from '../../src/timeline/ofsted-timeline.js';
import '../../src/timeline/define.js';

const BARNET_URL = '/data/authorities/barnet.json?as=file';
const frames = async (count = 2) => {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

/**
 * Mounts a timeline with `style` in a column `width` px wide with a paragraph after it, paints it loading, then lets
 * its data arrive. Returns how far the paragraph moved, the layout shifts seen, and the heights.
 */
async function loadInReservedRoom(style: string, { width = 640, theme = '', src = BARNET_URL } = {}) {
  const realFetch = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    await gate;
    return realFetch(...args);
  };
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEntry[] & { value: number }[]) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift' });
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  column.innerHTML = `<ofsted-timeline src="${src}" style="${style}" ${theme ? `theme="${theme}"` : ''}></ofsted-timeline><p>Text the page puts after the element.</p>`;
  document.body.append(column);
  try {
    const el = column.querySelector<OfstedTimeline>('ofsted-timeline')!;
    const after = column.querySelector('p')!;
    await frames();
    const before = after.getBoundingClientRect().top;
    const loadingHeight = el.getBoundingClientRect().height;
    const loaded = new Promise((resolve) => el.addEventListener('ofsted-data', resolve, { once: true }));
    release();
    await loaded;
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector('svg[part="chart"]')!;
    // Before any frame is painted with the data: the chart must already have its final height.
    const firstChartHeight = Number(chart.getAttribute('height'));
    await frames(3);
    return {
      moved: after.getBoundingClientRect().top - before,
      shifts: shifts.filter((value) => value > 0),
      loadingHeight,
      height: el.getBoundingClientRect().height,
      chartHeight: Number(chart.getAttribute('height')),
      firstChartHeight,
    };
  } finally {
    observer.disconnect();
    window.fetch = realFetch;
    column.remove();
  }
}

describe('Room reserved for the timeline', () => {
  it('is held while loading and after: nothing after the element moves', async () => {
    const reserved = await loadInReservedRoom('display:block;min-height:50rem');
    expect(reserved.loadingHeight).to.equal(800);
    expect(reserved.height).to.equal(800);
    expect(reserved.moved).to.equal(0);
    expect(reserved.shifts).to.deep.equal([]);
  });

  it('holds a chart drawn at its own height: the element measures nothing to fill the room', async () => {
    const reserved = await loadInReservedRoom('display:block;min-height:50rem');
    const own = await loadInReservedRoom('display:block');
    expect(reserved.chartHeight).to.equal(own.chartHeight);
    expect(reserved.firstChartHeight).to.equal(reserved.chartHeight);
  });

  it('without reserved room, the element grows when the data arrives and the page moves (what the reservation prevents)', async () => {
    const own = await loadInReservedRoom('');
    expect(own.moved).to.be.greaterThan(300);
    expect(own.shifts.length).to.be.greaterThan(0);
  });

  it('is held inside its padding under a dark theme', async () => {
    const reserved = await loadInReservedRoom('display:block;min-height:50rem', { theme: 'dark' });
    expect(reserved.height).to.equal(800);
    expect(reserved.moved).to.equal(0);
  });

  it('takes its own height when the room reserved is too small', async () => {
    const small = await loadInReservedRoom('display:block;min-height:10rem');
    const own = await loadInReservedRoom('display:block');
    expect(small.height).to.equal(own.height);
    expect(small.chartHeight).to.equal(own.chartHeight);
  });

  it('is held at 320px too', async () => {
    const reserved = await loadInReservedRoom('display:block;min-height:70rem', { width: 320 });
    expect(reserved.height).to.equal(1120);
    expect(reserved.moved).to.equal(0);
    expect(reserved.shifts).to.deep.equal([]);
  });
});
