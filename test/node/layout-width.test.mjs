// The elements' public `layoutWidth` (issue 12): the width a server render lays a chart out at, where nothing can be
// measured. `ofsted-widgets render --width` uses it; before, the command wrote the timeline's private `size.width`.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const barnet = JSON.parse(readFileSync(new URL('../../data/authorities/barnet.json', import.meta.url), 'utf8'));
await import('../../dist/timeline.js');
await import('../../dist/breakdown.js');

// Barnet with its 2019 inspection's picked sentences inline, as a council's own file may carry them: the package's
// own files keep them apart (fetched in the browser), so a server renders their bars only when given them.
const barnet2019 = {
  ...barnet,
  events: barnet.events.map((event) =>
    event.id === 'inspection-2019'
      ? (({ sectionFindings, ...rest }) => ({
          ...rest,
          findings: [
            ...(event.findings ?? []),
            ...JSON.parse(
              readFileSync(new URL('../../data/findings/barnet/inspection-2019.json', import.meta.url), 'utf8'),
            ).findings,
          ],
        }))(event)
      : event,
  ),
};

const serverRender = (template) => collectResult(render(template));

test('a server-rendered <ofsted-timeline> is laid out at its layoutWidth, and at 640 px without one', async () => {
  assert.match(
    await serverRender(html`<ofsted-timeline .data=${barnet} .layoutWidth=${480}></ofsted-timeline>`),
    /<svg[^>]*viewBox="0 0 480 /,
  );
  assert.match(
    await serverRender(html`<ofsted-timeline .data=${barnet}></ofsted-timeline>`),
    /<svg[^>]*viewBox="0 0 640 /,
  );
});

test('a server-rendered <ofsted-breakdown> is laid out at its layoutWidth', async () => {
  assert.match(
    await serverRender(
      html`<ofsted-breakdown .data=${barnet2019} event="inspection-2019" .layoutWidth=${360}></ofsted-breakdown>`,
    ),
    /data-width="360"/,
  );
});
