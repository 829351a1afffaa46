// The bench's <ofsted-england> figures (issue 25): on a warm page (the element's code, the national file and each
// council's file already loaded once), a new map's first draw and a redraw when `authority` changes, each from the
// change to a forced style and layout, and whether the map, its highlight, the bars and the neighbours were all
// there after the one update that followed it (so one frame holds them).

/** The CDN file on a 640 px stage; the map it holds loads the element's code and the national file. */
export const englandPage = ({ module, width }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>England</title>
<style>html, body { margin: 0; } #stage { width: ${width}px; }</style></head>
<body><div id="stage"><ofsted-england authority="leeds"></ofsted-england></div>
<script type="module" src="${module}"></script>
</body></html>`;

/** The councils drawn in turn: a county, a metropolitan district, a London borough, the 2026 framework's Brent. */
const COUNCILS = ['kent', 'leeds', 'barnet', 'brent', 'cumberland', 'camden'];

/**
 * In the England page: `count` first draws of a new map and `count` redraws on an `authority` change, after three of
 * each not counted (they warm the code). Each gives `ms` (to a forced style and layout) and `whole` (everything drawn
 * after the first update).
 */
export const englandDraws = (page, count) =>
  page.evaluate(
    async (councils, count) => {
      const stage = document.getElementById('stage');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const whole = (el, id) => {
        const root = el.shadowRoot;
        const selected = root.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('aria-label');
        return (
          root.querySelectorAll('[role="option"]').length === 153 &&
          root.querySelectorAll('.bar-figure').length === 2 &&
          root.querySelectorAll('.neighbours li').length === 11 &&
          selected?.toLowerCase().startsWith(id) === true
        );
      };
      const shown = async (el, id) => {
        while (!whole(el, id)) await new Promise((resolve) => setTimeout(resolve, 10));
      };
      await customElements.whenDefined('ofsted-england');
      // Warm: the national file and every council's own file loaded once.
      for (const id of councils) {
        const el = stage.querySelector('ofsted-england');
        el.authority = id;
        await shown(el, id);
      }
      const first = [];
      const redraw = [];
      for (let i = 0; i < count + 3; i++) {
        const id = councils[i % councils.length];
        stage.textContent = '';
        await frame();
        let t0 = performance.now();
        const el = document.createElement('ofsted-england');
        el.authority = id;
        stage.append(el);
        await el.updateComplete;
        void document.documentElement.offsetHeight;
        if (i >= 3) first.push({ ms: performance.now() - t0, whole: whole(el, id) });
        await shown(el, id); // and its own file's load, which changes nothing drawn
        await frame();
        const next = councils[(i + 1) % councils.length];
        t0 = performance.now();
        el.authority = next;
        await el.updateComplete;
        void document.documentElement.offsetHeight;
        if (i >= 3) redraw.push({ ms: performance.now() - t0, whole: whole(el, next) });
        await shown(el, next);
      }
      return { first, redraw };
    },
    COUNCILS,
    count,
  );
